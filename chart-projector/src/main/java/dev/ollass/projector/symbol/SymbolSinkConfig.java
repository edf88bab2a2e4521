package dev.ollass.projector.symbol;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The symbol sink's listener container: batches from the earliest offset, as the other sinks
 * ({@code spring.kafka.*}); its consumer group is {@code ollass.projector.symbol-sink-group}
 * ({@code symbol-sink}).
 */
@Configuration(proxyBeanMethods = false)
class SymbolSinkConfig {

    static final String SYMBOLS = "symbolSinkContainerFactory";

    @Bean(SYMBOLS)
    ConcurrentKafkaListenerContainerFactory<String, ListedStock> symbolSinkContainerFactory(TopicClients kafka) {
        var factory = kafka.listenerContainerFactory(Topics.SYMBOLS);
        // Retry a failed batch for as long as it takes (capped at 30 s between tries), like the
        // projection sinks: a skipped batch would leave stocks missing for good.
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }
}
