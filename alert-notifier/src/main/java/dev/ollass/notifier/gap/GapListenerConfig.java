package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import dev.ollass.notifier.NotifierSettings;
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
import org.springframework.util.backoff.FixedBackOff;

/**
 * The gap listener's container: an unreadable event, or one that still cannot be e-mailed after
 * the configured tries, goes to the dead-letter topic instead of blocking the ones behind it. The
 * consumer group is the listener's id, {@code gap-alerts}.
 */
@Configuration(proxyBeanMethods = false)
class GapListenerConfig {

    static final String FACTORY = "gapAlertContainerFactory";

    @Bean
    OwnedTopics notifierTopics() {
        return OwnedTopics.of(Topics.DATA_GAPS_DEAD_LETTERS);
    }

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, PriceDataMissing> gapAlertContainerFactory(
            TopicClients kafka, NotifierSettings settings) {
        var factory = kafka.listenerContainerFactory(kafka.consumerFactory(
                Topics.DATA_GAPS.keySerde().deserializer(),
                new ErrorHandlingDeserializer<>(Topics.DATA_GAPS.valueSerde().deserializer())));
        var recoverer = new DeadLetterPublishingRecoverer(
                deadLetterTemplates(kafka), (record, e) -> new TopicPartition(Topics.DATA_GAPS_DEAD_LETTERS.name(), 0));
        factory.setCommonErrorHandler(new DefaultErrorHandler(
                recoverer, new FixedBackOff(settings.retryInterval().toMillis(), settings.sendAttempts() - 1L)));
        return factory;
    }

    /**
     * Dead letters are kept as they were read: the event itself when it was readable but not
     * deliverable, the raw bytes when it could not be deserialized.
     */
    private static Map<Class<?>, KafkaOperations<?, ?>> deadLetterTemplates(TopicClients kafka) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(PriceDataMissing.class, kafka.template(Topics.DATA_GAPS_DEAD_LETTERS));
        templates.put(
                byte[].class,
                kafka.template(Topics.DATA_GAPS_DEAD_LETTERS.keySerde().serializer(), new ByteArraySerializer()));
        return templates;
    }
}
