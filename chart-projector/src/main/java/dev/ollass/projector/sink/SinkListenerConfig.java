package dev.ollass.projector.sink;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Listener containers for the sinks. Batch listening, reading only committed (exactly-once) output
 * and starting from the earliest offset are {@code spring.kafka.*} properties. Each sink's consumer
 * group is its listener id ({@code daily-bar-sink}, {@code latest-price-sink}).
 */
@Configuration(proxyBeanMethods = false)
class SinkListenerConfig {

    static final String DAILY_BARS = "dailyBarSinkContainerFactory";
    static final String LATEST_PRICES = "latestPriceSinkContainerFactory";

    @Bean(DAILY_BARS)
    ConcurrentKafkaListenerContainerFactory<String, DailyBar> dailyBarSinkContainerFactory(TopicClients kafka) {
        return retryingForever(kafka, Topics.DAILY_BARS);
    }

    @Bean(LATEST_PRICES)
    ConcurrentKafkaListenerContainerFactory<String, LatestPrice> latestPriceSinkContainerFactory(TopicClients kafka) {
        return retryingForever(kafka, Topics.LATEST_PRICES);
    }

    private static <K, V> ConcurrentKafkaListenerContainerFactory<K, V> retryingForever(
            TopicClients kafka, TopicDefinition<K, V> topic) {
        var factory = kafka.listenerContainerFactory(topic);
        // Retry a failed batch for as long as it takes (capped at 30 s between tries): a sink that
        // skipped a batch would leave the projection silently incomplete.
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }
}
