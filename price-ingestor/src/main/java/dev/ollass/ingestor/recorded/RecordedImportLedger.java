package dev.ollass.ingestor.recorded;

import dev.ollass.contracts.market.RecordedImport;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Which recorded files have been published, with which content: the compacted topic {@code
 * market.recorded-imports.v1}, keyed by file name. An entry is written only once everything a file
 * yielded is acknowledged, so a file whose import was cut short is published again in full (harmless:
 * consumers upsert by natural key), and one published with the same content is not published twice.
 */
@Component
class RecordedImportLedger {

    private static final Duration READ_WITHIN = Duration.ofSeconds(30);

    /**
     * The reader stops at the end offsets it looked up, but its consumer has already asked for what
     * follows; the broker holds that fetch for {@code fetch.max.wait.ms} (500 ms by default) and
     * closing the consumer waits for it: half a second of every import, measured by {@code ./ollass
     * bench ingest}. A short wait costs nothing here: the loop ends as soon as the end is reached.
     */
    private static final Properties READER = readerProperties();

    private static Properties readerProperties() {
        Properties properties = new Properties();
        properties.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        return properties;
    }

    private final ConsumerFactory<String, RecordedImport> consumers;
    private final KafkaTemplate<String, RecordedImport> entries;

    RecordedImportLedger(TopicClients kafka) {
        this.consumers = kafka.consumerFactory(Topics.RECORDED_IMPORTS);
        this.entries = kafka.template(Topics.RECORDED_IMPORTS);
    }

    /** The newest entry of every file, read from the start of the topic to its current end. */
    Map<String, RecordedImport> published() {
        Map<String, RecordedImport> byFile = new HashMap<>();
        // No consumer group: the whole ledger is read each time, nothing is committed.
        try (Consumer<String, RecordedImport> consumer = consumers.createConsumer(null, null, null, READER)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RECORDED_IMPORTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_WITHIN);
            while (!reached(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + Topics.RECORDED_IMPORTS.name() + " within "
                            + READ_WITHIN.toSeconds() + " s");
                }
                for (ConsumerRecord<String, RecordedImport> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        byFile.remove(record.key());
                    } else {
                        byFile.put(record.key(), record.value());
                    }
                }
            }
        }
        return byFile;
    }

    /** Records that {@code entry}'s file is published; returns once the broker has it. */
    void record(RecordedImport entry) {
        var sent = entries.send(Topics.RECORDED_IMPORTS.name(), entry.file(), entry);
        // Sent now rather than after linger.ms: the import waits for this one record before its next file.
        entries.flush();
        sent.join();
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
