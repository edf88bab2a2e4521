package dev.ollass.contracts.topic;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * Everything a producer, a consumer and the topic creator must agree on for one topic.
 *
 * @param name the topic name
 * @param keySerde how the natural key is written
 * @param valueSerde how the event is written
 * @param partitions partition count; records with the same key always land in the same partition
 * @param compacted whether the topic keeps only the newest record per key (projections, reference data)
 * @param retentionMs how long records are kept; {@code -1} keeps them forever (sources of record)
 * @param purpose one line for operators
 */
public record TopicDefinition<K, V>(
        String name,
        Serde<K> keySerde,
        Serde<V> valueSerde,
        int partitions,
        boolean compacted,
        long retentionMs,
        String purpose) {

    public static final long KEEP_FOREVER = -1L;

    /** The broker-side configuration to create this topic with. */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(retentionMs));
    }

    /** The request that creates this topic, for a cluster whose topics are replicated {@code replicationFactor} times. */
    public NewTopic newTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }
}
