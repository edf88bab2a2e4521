package dev.ollass.projector.replay;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketRedisKeys;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.replay.ReplayProgress.PartitionProgress;
import dev.ollass.projector.sink.MarketVersion;
import dev.ollass.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the projections from the projection topics: stops the sinks, optionally drops what they hold
 * (every market projection, or some symbols'), moves each sink's consumer group to the beginning of its
 * topic (or to the first record at or after a time), and starts the sinks again; they upsert by natural
 * key, so what they rebuild equals what was there. Progress is read from the groups' committed offsets.
 */
@Component
public class ProjectionReplay {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);

    /** Each sink (its listener id is its consumer group) and the topic it reads. */
    private static final Map<String, String> SINKS = Map.of(
            "daily-bar-sink", Topics.DAILY_BARS.name(),
            "latest-price-sink", Topics.LATEST_PRICES.name(),
            "latest-price-cache-sink", Topics.LATEST_PRICES.name(),
            "corporate-action-sink", Topics.CORPORATE_ACTIONS.name(),
            "current-price-sink", Topics.CURRENT_PRICES.name(),
            "symbol-sink", Topics.SYMBOLS.name());

    private static final List<String> TABLES = List.of("daily_bar", "latest_price", "dividend", "split");

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin kafkaAdmin;
    private final JdbcClient jdbc;
    private final StringRedisTemplate redis;
    private final MarketVersion version;
    private final Clock wallClock = Clock.systemUTC();

    private @Nullable Run current;

    ProjectionReplay(
            KafkaListenerEndpointRegistry listeners,
            KafkaAdmin kafkaAdmin,
            JdbcClient jdbc,
            StringRedisTemplate redis,
            MarketVersion version) {
        this.listeners = listeners;
        this.kafkaAdmin = kafkaAdmin;
        this.jdbc = jdbc;
        this.redis = redis;
        this.version = version;
    }

    /**
     * Starts a replay and answers its first progress.
     *
     * @param from replay the records at or after this record time; null: from the beginning
     * @param symbols drop these symbols' projections first (they are absent until replayed)
     * @param wipe drop every market projection first
     * @throws ProblemException 409 {@code replay-running} while one runs; 400 {@code replay-would-lose-data}
     *     for dropping projections and then replaying only from a time
     */
    public synchronized ReplayProgress start(@Nullable Instant from, List<String> symbols, boolean wipe) {
        if (current != null && !progress().state().equals("DONE")) {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "replay-running",
                    "A replay is running",
                    "A replay started at " + current.startedAt() + " is still running: GET /replay shows where it is",
                    "");
        }
        if (from != null && (wipe || !symbols.isEmpty())) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "replay-would-lose-data",
                    "The replay would lose data",
                    "Dropping projections and replaying only the records from " + from
                            + " would lose the older ones: replay from the beginning to drop them",
                    "from");
        }
        Instant startedAt = wallClock.instant();
        List<MessageListenerContainer> sinks = SINKS.keySet().stream()
                .map(listeners::getListenerContainer)
                .filter(container -> container != null)
                .toList();
        sinks.forEach(MessageListenerContainer::stop);
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            awaitSinksAlone(admin);
            if (wipe) {
                version.afterWriting(this::dropAll);
            } else if (!symbols.isEmpty()) {
                version.afterWriting(() -> drop(symbols));
            }
            Map<String, Map<TopicPartition, Long>> starts = new HashMap<>();
            Map<String, Map<TopicPartition, Long>> targets = new HashMap<>();
            for (Map.Entry<String, String> sink : SINKS.entrySet()) {
                List<TopicPartition> partitions = partitions(admin, sink.getValue());
                Map<TopicPartition, Long> start = offsets(
                        admin,
                        partitions,
                        from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli()));
                Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest());
                // No record at or after the time: start at the end (nothing to replay there).
                start.replaceAll((partition, offset) -> offset < 0 ? end.get(partition) : offset);
                Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
                start.forEach((partition, offset) -> moved.put(partition, new OffsetAndMetadata(offset)));
                moveGroup(admin, sink.getKey(), moved);
                starts.put(sink.getKey(), start);
                targets.put(sink.getKey(), end);
            }
            current = new Run(startedAt, from, List.copyOf(symbols), wipe, starts, targets);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not move the sinks' consumer groups: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while moving the sinks' consumer groups", e);
        } finally {
            sinks.forEach(MessageListenerContainer::start);
        }
        log.info("Replay started: from {}, dropped {}", from == null ? "the beginning" : from, wipe ? "all" : symbols);
        return progress();
    }

    /** Where the current (or last) replay stands. */
    public synchronized ReplayProgress progress() {
        Run run = current;
        if (run == null) {
            return ReplayProgress.IDLE;
        }
        List<PartitionProgress> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            for (Map.Entry<String, Map<TopicPartition, Long>> sink :
                    run.starts().entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(sink.getKey())
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, Long> ends =
                        offsets(admin, List.copyOf(sink.getValue().keySet()), OffsetSpec.latest());
                sink.getValue().forEach((partition, start) -> {
                    OffsetAndMetadata at = committed.get(partition);
                    long position = at == null ? start : at.offset();
                    partitions.add(new PartitionProgress(
                            sink.getKey(),
                            partition.topic(),
                            partition.partition(),
                            start,
                            run.targets().get(sink.getKey()).get(partition),
                            position,
                            Math.max(0, ends.get(partition) - position)));
                });
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the sinks' progress: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the sinks' progress", e);
        }
        partitions.sort(Comparator.comparing(PartitionProgress::topic).thenComparing(PartitionProgress::partition));
        long replayed = partitions.stream()
                .mapToLong(p -> Math.min(p.committed(), p.target()) - p.start())
                .map(n -> Math.max(0, n))
                .sum();
        long total = partitions.stream().mapToLong(p -> p.target() - p.start()).sum();
        Duration elapsed = Duration.between(run.startedAt(), wallClock.instant());
        double rate = elapsed.toMillis() == 0 ? 0 : replayed * 1000.0 / elapsed.toMillis();
        boolean done = partitions.stream().allMatch(PartitionProgress::done);
        return new ReplayProgress(
                done ? "DONE" : "RUNNING",
                run.startedAt(),
                run.from(),
                run.symbols(),
                run.wiped(),
                replayed,
                total,
                rate,
                elapsed,
                partitions);
    }

    private void dropAll() {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        jdbc.sql("DELETE FROM stock").update();
        Set<String> keys = redis.keys("market:*");
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    private void drop(List<String> symbols) {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table + " WHERE symbol IN (:symbols)")
                .param("symbols", symbols)
                .update());
        jdbc.sql("DELETE FROM stock WHERE code IN (:symbols)")
                .param("symbols", symbols)
                .update();
        List<String> keys = new ArrayList<>();
        for (String symbol : symbols) {
            for (InstrumentKind kind : InstrumentKind.values()) {
                keys.add(MarketRedisKeys.latest(kind, symbol));
                keys.add(MarketRedisKeys.current(kind, symbol));
            }
        }
        redis.delete(keys);
    }

    /**
     * Waits until no consumer is in the sinks' groups (this instance's have just stopped; leaving takes a
     * moment), before anything is dropped or moved.
     *
     * @throws ProblemException 409 {@code replay-needs-the-sinks-alone} when another instance's sinks stay
     */
    private static void awaitSinksAlone(Admin admin) throws ExecutionException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            List<String> busy = admin.describeConsumerGroups(SINKS.keySet()).all().get().values().stream()
                    .filter(group -> !group.members().isEmpty())
                    .map(group -> group.groupId())
                    .sorted()
                    .toList();
            if (busy.isEmpty()) {
                return;
            }
            if (attempt == 20) {
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        "replay-needs-the-sinks-alone",
                        "Other projector instances are sinking",
                        "Consumers of another projector instance are still in " + busy
                                + ": stop the other instances, then replay; nothing was dropped or moved",
                        "");
            }
            Thread.sleep(500);
        }
    }

    /** Moves a stopped sink's group; its consumer may need a moment to have left it. */
    private static void moveGroup(Admin admin, String group, Map<TopicPartition, OffsetAndMetadata> offsets)
            throws ExecutionException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                admin.alterConsumerGroupOffsets(group, offsets).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupNotEmptyException) || attempt == 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static List<TopicPartition> partitions(Admin admin, String topic)
            throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResultInfo> found =
                admin.listOffsets(request).all().get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private record Run(
            Instant startedAt,
            @Nullable Instant from,
            List<String> symbols,
            boolean wiped,
            Map<String, Map<TopicPartition, Long>> starts,
            Map<String, Map<TopicPartition, Long>> targets) {}
}
