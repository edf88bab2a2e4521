package dev.ollass.projector.sink;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Batch listener containers for the sinks, reading only committed (exactly-once) output. Each sink's
 * consumer group is its listener id ({@code daily-bar-sink}, {@code latest-price-sink}).
 */
@Configuration(proxyBeanMethods = false)
class SinkListenerConfig {

    static final String DAILY_BARS = "dailyBarSinkContainerFactory";
    static final String LATEST_PRICES = "latestPriceSinkContainerFactory";

    @Bean(DAILY_BARS)
    ConcurrentKafkaListenerContainerFactory<String, DailyBar> dailyBarSinkContainerFactory(KafkaProperties kafka) {
        return batchFactory(kafka, Topics.DAILY_BARS);
    }

    @Bean(LATEST_PRICES)
    ConcurrentKafkaListenerContainerFactory<String, LatestPrice> latestPriceSinkContainerFactory(
            KafkaProperties kafka) {
        return batchFactory(kafka, Topics.LATEST_PRICES);
    }

    private static <K, V> ConcurrentKafkaListenerContainerFactory<K, V> batchFactory(
            KafkaProperties kafka, TopicDefinition<K, V> topic) {
        Map<String, Object> props = kafka.buildConsumerProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var factory = new ConcurrentKafkaListenerContainerFactory<K, V>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(
                props, topic.keySerde().deserializer(), topic.valueSerde().deserializer()));
        factory.setBatchListener(true);
        // Retry a failed batch for as long as it takes (capped at 30 s between tries): a sink that
        // skipped a batch would leave the projection silently incomplete.
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }
}
