package dev.ollass.projector.bar;

import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.ProjectorSettings;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/**
 * Runs {@link MarketTopology} with the Streams configuration Boot builds from
 * {@code spring.kafka.streams.*} (application id, state directory, exactly-once, error handlers: see
 * {@code application.properties}), plus the two settings Boot has no property for.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StreamsConfigBeans {

    /**
     * The commit interval comes from the projector's settings (a duration, like its other settings),
     * and the dead-letter topic's name from the registry, so that it cannot differ from the topic the
     * projector creates.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer marketTopologySettings(ProjectorSettings settings) {
        return factoryBean -> {
            Properties streams = factoryBean.getStreamsConfiguration();
            streams.put(
                    StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                    settings.commitInterval().toMillis());
            streams.put(
                    StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.PRICE_TICK_DEAD_LETTERS.name());
            factoryBean.setStreamsConfiguration(streams);
        };
    }

    @Bean
    KStream<String, PriceTick> priceTicks(StreamsBuilder builder, ProjectorSettings settings) {
        return MarketTopology.define(builder, settings.sanity().moveBounds());
    }
}
