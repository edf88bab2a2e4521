package dev.ollass.projector.current;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import dev.ollass.projector.ProjectorSettings;
import dev.ollass.projector.sink.SinkListenerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;

/**
 * The current-price sink's listener container, with the projection sinks' guarantee: batches of
 * committed records from the earliest offset ({@code spring.kafka.*}), an outage retried until it is
 * over, a record of its own fault retried {@code ollass.projector.sink-attempts} times and then
 * published, as it was, to {@code market.current-prices.v1.dlt} with the exception in its headers. Its
 * consumer group is its listener id, {@code current-price-sink}.
 */
@Configuration(proxyBeanMethods = false)
class CurrentPriceSinkConfig {

    static final String CURRENT_PRICES = "currentPriceSinkContainerFactory";

    @Bean
    OwnedTopics currentPriceSinkTopics() {
        return OwnedTopics.of(Topics.CURRENT_PRICE_SINK_DEAD_LETTERS);
    }

    @Bean(CURRENT_PRICES)
    ConcurrentKafkaListenerContainerFactory<String, CurrentPrice> currentPriceSinkContainerFactory(
            TopicClients kafka, ProjectorSettings settings) {
        return SinkListenerConfig.sinkFactory(
                kafka, settings, Topics.CURRENT_PRICES, Topics.CURRENT_PRICE_SINK_DEAD_LETTERS);
    }
}
