package dev.ollass.projector.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where a replay stands.
 *
 * @param state {@code RUNNING} until every sink has committed up to where the topics ended when the
 *     replay started, then {@code DONE}; {@code IDLE} before any replay
 * @param from the record time the replay started from; null for the beginning
 * @param symbols the symbols whose projections were dropped first (empty: none, or all with {@code wiped})
 * @param wiped whether every market projection was dropped first
 * @param replayed records the sinks have applied since the replay started
 * @param total records to replay: from the start offsets to the topics' ends at the start
 * @param recordsPerSecond replayed records per second so far
 * @param partitions each sink's progress per partition
 */
public record ReplayProgress(
        String state,
        @Nullable Instant startedAt,
        @Nullable Instant from,
        List<String> symbols,
        boolean wiped,
        long replayed,
        long total,
        double recordsPerSecond,
        Duration elapsed,
        List<PartitionProgress> partitions) {

    static final ReplayProgress IDLE =
            new ReplayProgress("IDLE", null, null, List.of(), false, 0, 0, 0, Duration.ZERO, List.of());

    /**
     * One partition of one sink's topic: the offsets it replays from and to, where its consumer group
     * has committed, and how far it is behind the topic's current end (live records included).
     */
    public record PartitionProgress(
            String sink, String topic, int partition, long start, long target, long committed, long lag) {

        boolean done() {
            return committed >= target;
        }
    }

    /** One line for a terminal: records, share, rate, and the partitions still behind. */
    public String line() {
        String behind = partitions.stream()
                .filter(p -> p.lag() > 0)
                .map(p -> p.topic() + "-" + p.partition() + " " + p.lag())
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "%s  %,d / %,d records (%d%%)  %,.0f records/s  %.1f s  lag: %s",
                state,
                replayed,
                total,
                total == 0 ? 100 : replayed * 100 / total,
                recordsPerSecond,
                elapsed.toMillis() / 1000.0,
                behind.isEmpty() ? "none" : behind);
    }
}
