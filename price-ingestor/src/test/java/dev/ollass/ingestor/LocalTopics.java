package dev.ollass.ingestor;

import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** The topics of the local stack's broker as the tests read them: whole, with the registry's serdes. */
public final class LocalTopics {

    private LocalTopics() {}

    /** Every record the topic holds now, from the start of each partition to its end. */
    public static <K, V> List<ConsumerRecord<K, V>> readAll(TopicDefinition<K, V> topic) {
        try (var consumer = consumer(topic)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** A consumer without a group's commits; a reject may be as large as a record may be. */
    public static <K, V> KafkaConsumer<K, V> consumer(TopicDefinition<K, V> topic) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStackExtension.stack().kafkaBootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                        4 * 1024 * 1024),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }
}
