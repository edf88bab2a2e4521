package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.notifier.NotifierSettings;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
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

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, PriceDataMissing> gapAlertContainerFactory(
            KafkaProperties kafka, NotifierSettings settings) {
        Map<String, Object> props = kafka.buildConsumerProperties();
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var factory = new ConcurrentKafkaListenerContainerFactory<String, PriceDataMissing>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(
                props,
                Topics.DATA_GAPS.keySerde().deserializer(),
                new ErrorHandlingDeserializer<>(Topics.DATA_GAPS.valueSerde().deserializer())));
        var recoverer = new DeadLetterPublishingRecoverer(
                deadLetterTemplate(kafka), (record, e) -> new TopicPartition(Topics.DATA_GAPS_DEAD_LETTERS.name(), 0));
        factory.setCommonErrorHandler(new DefaultErrorHandler(
                recoverer, new FixedBackOff(settings.retryInterval().toMillis(), settings.sendAttempts() - 1L)));
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }

    /**
     * Writes dead letters as they were read: raw bytes when the event could not be deserialized,
     * the event itself when it could but was not deliverable.
     */
    private static KafkaTemplate<Object, Object> deadLetterTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), byType(), byType()));
    }

    private static DelegatingByTypeSerializer byType() {
        return new DelegatingByTypeSerializer(Map.of(
                byte[].class, new ByteArraySerializer(),
                String.class, new StringSerializer(),
                PriceDataMissing.class, Topics.DATA_GAPS.valueSerde().serializer()));
    }
}
