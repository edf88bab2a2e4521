package dev.ollass.ingestor;

import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads back what was published to a topic of the test JVM's local stack, with the registry's serdes. */
public final class TopicRecords {

    private TopicRecords() {}

    /**
     * The records of {@code topic} that {@code wanted} accepts, read from the start up to the end as it
     * was once at least one was found (or after 30 s, none).
     */
    public static <K, V> List<ConsumerRecord<K, V>> read(
            TopicDefinition<K, V> topic, Predicate<ConsumerRecord<K, V>> wanted) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                4 * 1024 * 1024);
        List<ConsumerRecord<K, V>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                }
                if (!found.isEmpty()
                        && consumer.assignment().stream()
                                .allMatch(p -> consumer.position(p)
                                        >= consumer.endOffsets(List.of(p)).get(p))) {
                    return found;
                }
            }
        }
        return found;
    }
}
