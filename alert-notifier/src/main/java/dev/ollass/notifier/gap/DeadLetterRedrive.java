package dev.ollass.notifier.gap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Queues the dead letters again, so that they are e-mailed like new alerts (still once per notification): those
 * not re-driven before, read with the consumer group {@code market-gap-redrive} up to the end the topic had when
 * the re-drive began. What is already sent is not queued again.
 */
@Component
class DeadLetterRedrive {

    static final String GROUP = "market-gap-redrive";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);
    private static final Duration READ_LIMIT = Duration.ofSeconds(30);

    /**
     * What a re-drive did.
     *
     * @param read dead letters read
     * @param requeued notification keys queued to be e-mailed again
     * @param alreadySent notification keys not queued, since their e-mail was sent meanwhile
     * @param alreadyWaiting notification keys that were waiting to be sent already
     * @param unreadable dead letters that are no finding ({@code topic-partition@offset}): left on the topic
     */
    record Summary(
            int read,
            List<String> requeued,
            @JsonProperty("already_sent") List<String> alreadySent,
            @JsonProperty("already_waiting") List<String> alreadyWaiting,
            List<String> unreadable) {}

    private final ConsumerFactory<String, byte[]> consumers;
    private final AlertQueue queue;

    DeadLetterRedrive(TopicClients kafka, AlertQueue queue) {
        this.consumers = kafka.consumerFactory(new StringDeserializer(), new ByteArrayDeserializer());
        this.queue = queue;
    }

    Summary redrive() {
        var properties = new Properties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(GROUP, null, null, properties)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.MARKET_DATA_GAPS_DEAD_LETTERS.name()).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition()))
                            .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            var requeued = new ArrayList<String>();
            var alreadySent = new ArrayList<String>();
            var alreadyWaiting = new ArrayList<String>();
            var unreadable = new ArrayList<String>();
            int read = 0;
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (!reachedEnd(consumer, ends) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    MarketDataGap gap = readable(record);
                    if (gap == null) {
                        unreadable.add(record.topic() + "-" + record.partition() + "@" + record.offset());
                        continue;
                    }
                    switch (queue.enqueue(gap, Instant.now())) {
                        case QUEUED -> requeued.add(gap.notificationKey());
                        case ALREADY_HANDLED -> alreadySent.add(gap.notificationKey());
                        case ALREADY_WAITING -> alreadyWaiting.add(gap.notificationKey());
                    }
                }
            }
            var done = new HashMap<TopicPartition, OffsetAndMetadata>();
            for (TopicPartition partition : partitions) {
                done.put(partition, new OffsetAndMetadata(Math.min(consumer.position(partition), ends.get(partition))));
            }
            consumer.commitSync(done);
            if (!requeued.isEmpty()) {
                queue.clearRetryState(); // an operator re-drives when the server is back: try now
            }
            var summary = new Summary(read, requeued, alreadySent, alreadyWaiting, unreadable);
            log.info("Re-drove the market data-gap dead letters: {}", summary);
            return summary;
        }
    }

    private static boolean reachedEnd(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static @org.jspecify.annotations.Nullable MarketDataGap readable(ConsumerRecord<String, byte[]> record) {
        try {
            return Topics.MARKET_DATA_GAPS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
