package dev.ollass.projector.sink;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import dev.ollass.projector.ProjectorSettings;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Listener containers for the sinks. Batch listening, reading only committed (exactly-once) output
 * and starting from the earliest offset are {@code spring.kafka.*} properties. Each sink's consumer
 * group is its listener id ({@code daily-bar-sink}, {@code latest-price-sink} into MySQL,
 * {@code latest-price-cache-sink} into Redis, {@code corporate-action-sink}).
 *
 * <p>A failed record is retried as {@link SinkFailures} decides: an outage until it is over, a record
 * of its own fault {@code ollass.projector.sink-attempts} times, after which it is published, as it
 * was, to its sink's dead-letter topic with the exception in the record headers ({@code
 * kafka_dlt-exception-message}, {@code -fqcn}, {@code -stacktrace}, the original topic, partition
 * and offset), and the sink goes on with the next record.
 */
@Configuration(proxyBeanMethods = false)
public class SinkListenerConfig {

    static final String DAILY_BARS = "dailyBarSinkContainerFactory";
    static final String LATEST_PRICES = "latestPriceSinkContainerFactory";
    static final String CORPORATE_ACTIONS = "corporateActionSinkContainerFactory";

    @Bean(DAILY_BARS)
    ConcurrentKafkaListenerContainerFactory<String, DailyBar> dailyBarSinkContainerFactory(
            TopicClients kafka, ProjectorSettings settings) {
        return sinkFactory(kafka, settings, Topics.DAILY_BARS, Topics.DAILY_BAR_SINK_DEAD_LETTERS);
    }

    @Bean(LATEST_PRICES)
    ConcurrentKafkaListenerContainerFactory<String, LatestPrice> latestPriceSinkContainerFactory(
            TopicClients kafka, ProjectorSettings settings) {
        return sinkFactory(kafka, settings, Topics.LATEST_PRICES, Topics.LATEST_PRICE_SINK_DEAD_LETTERS);
    }

    @Bean(CORPORATE_ACTIONS)
    ConcurrentKafkaListenerContainerFactory<String, CorporateAction> corporateActionSinkContainerFactory(
            TopicClients kafka, ProjectorSettings settings) {
        return sinkFactory(kafka, settings, Topics.CORPORATE_ACTIONS, Topics.CORPORATE_ACTION_SINK_DEAD_LETTERS);
    }

    /**
     * A sink's listener container factory for {@code topic} with the guarantee above, dead-lettering to
     * {@code deadLetters}. Public so that the sinks of other packages ({@code current}) keep the same one.
     */
    public static <K, V> ConcurrentKafkaListenerContainerFactory<K, V> sinkFactory(
            TopicClients kafka,
            ProjectorSettings settings,
            TopicDefinition<K, V> topic,
            TopicDefinition<K, V> deadLetters) {
        var factory = kafka.listenerContainerFactory(topic);
        // The projection topics are written in transactions (exactly-once): their last offset is a commit
        // marker no record has. Commit past it once the sink is idle at the end, so that a caught-up sink has
        // no lag of 1 (what a replay's progress and any lag monitor read).
        factory.getContainerProperties().setFixTxOffsets(true);
        // Partition -1: the producer's partitioner picks one, whatever the source partition was.
        var recoverer = new DeadLetterPublishingRecoverer(
                kafka.template(deadLetters), (record, failure) -> new TopicPartition(deadLetters.name(), -1));
        var errorHandler = new DefaultErrorHandler(recoverer);
        errorHandler.setBackOffFunction((record, failure) -> SinkFailures.backOffFor(
                failure, settings.sinkAttempts(), settings.sinkRetryInterval(), settings.sinkMaxOutageInterval()));
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }
}
