package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The data-gap listener's container, and the dead-letter topic. An unreadable finding (or a record
 * without one) goes to the dead-letter topic as raw bytes at once; a finding that cannot be queued (Redis unreachable) is tried again,
 * pauses doubling from half a second to 30 s, until it can: nothing behind it is read meanwhile, nothing is lost.
 */
@Configuration(proxyBeanMethods = false)
class MarketGapConfig {

    static final String FACTORY = "marketGapContainerFactory";

    @Bean
    OwnedTopics notifierTopics() {
        return OwnedTopics.of(Topics.MARKET_DATA_GAPS_DEAD_LETTERS);
    }

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, MarketDataGap> marketGapContainerFactory(TopicClients kafka) {
        var factory = kafka.listenerContainerFactory(kafka.consumerFactory(
                Topics.MARKET_DATA_GAPS.keySerde().deserializer(),
                new ErrorHandlingDeserializer<>(
                        Topics.MARKET_DATA_GAPS.valueSerde().deserializer())));
        var recoverer = new DeadLetterPublishingRecoverer(
                deadLetterTemplates(kafka),
                (record, e) -> new TopicPartition(Topics.MARKET_DATA_GAPS_DEAD_LETTERS.name(), 0));
        var untilQueued = new ExponentialBackOff(500, 2.0);
        untilQueued.setMaxInterval(30_000);
        var errorHandler = new DefaultErrorHandler(recoverer, untilQueued);
        errorHandler.addNotRetryableExceptions(IllegalArgumentException.class); // a record without a finding
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    /** Unreadable findings are kept as the raw bytes they were. */
    private static Map<Class<?>, KafkaOperations<?, ?>> deadLetterTemplates(TopicClients kafka) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(MarketDataGap.class, kafka.template(Topics.MARKET_DATA_GAPS_DEAD_LETTERS));
        templates.put(
                byte[].class,
                kafka.template(
                        Topics.MARKET_DATA_GAPS_DEAD_LETTERS.keySerde().serializer(), new ByteArraySerializer()));
        return templates;
    }
}
