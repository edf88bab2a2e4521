package dev.ollass.ingestor.symbol;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * What the symbols topic holds now: its newest entry per code, read from the start of every
 * partition to its end (no consumer group, nothing committed). A compacted topic of a thousand
 * entries is read in well under a second.
 */
@Component
class PublishedSymbols {

    private static final Logger log = LoggerFactory.getLogger(PublishedSymbols.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ConsumerFactory<String, ListedStock> consumers;

    // Not a bean: a ConsumerFactory bean would replace the one Boot configures for every client.
    PublishedSymbols(TopicClients kafka) {
        this.consumers = kafka.consumerFactory(Topics.SYMBOLS);
    }

    /** The topic's entries by code, or empty when it could not be read to its end in time. */
    Optional<Map<String, ListedStock>> read() {
        try (Consumer<String, ListedStock> consumer = consumers.createConsumer(null, "symbols-reader")) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SYMBOLS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<String, ListedStock> byCode = new HashMap<>();
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!reachedEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    log.warn("Could not read {} to its end within {}", Topics.SYMBOLS.name(), PATIENCE);
                    return Optional.empty();
                }
                for (ConsumerRecord<String, ListedStock> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        byCode.remove(record.key());
                    } else {
                        byCode.put(record.key(), record.value());
                    }
                }
            }
            return Optional.of(byCode);
        } catch (KafkaException e) {
            // An entry that cannot be read is no reason to withhold the universe: publish it whole.
            log.warn("Could not read {}: {}", Topics.SYMBOLS.name(), e.toString());
            return Optional.empty();
        }
    }

    private static boolean reachedEnd(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
