package dev.ollass.ingestor.backfill;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * One backfill: a fetch request per symbol over {@code from}..{@code to}, under the run key {@code
 * backfill|<from>|<to>}, so that the same backfill run again has the same request ids. Requests the
 * fetch ledger already has are skipped (a re-run resumes); the others are published at most {@code
 * window} ahead of what is done, so that a stop leaves little in flight (what is in flight is still
 * done by the ingestors, and a re-run skips it). Plain Kafka clients: the command runs without the
 * service's Spring context.
 */
public final class Backfill {

    private final String bootstrapServers;
    private final int window;
    private final Duration patience;
    private final Runnable stalled;

    public Backfill(String bootstrapServers, int window) {
        this(bootstrapServers, window, Duration.ofMinutes(5), () -> {});
    }

    /**
     * @param stalled told each time {@code patience} passed without a request done (no ingestor with
     *     its live sources on, or a source's circuit open)
     */
    public Backfill(String bootstrapServers, int window, Duration patience, Runnable stalled) {
        this.bootstrapServers = bootstrapServers;
        this.window = Math.max(1, window);
        this.patience = patience;
        this.stalled = stalled;
    }

    public static String runKey(LocalDate from, LocalDate to) {
        return "backfill|" + from + "|" + to;
    }

    /**
     * Runs it until every request is done or {@code stop} says so.
     *
     * @param progress told after the plan is known and after each request done
     */
    public Summary run(
            List<String> symbols,
            String source,
            LocalDate from,
            LocalDate to,
            BooleanSupplier stop,
            Consumer<Summary> progress) {
        String runKey = runKey(from, to);
        Instant now = Instant.now();
        List<FetchRequest> all = symbols.stream()
                .distinct()
                .map(symbol ->
                        FetchRequest.of(runKey, symbol, source, from, to, FetchRequest.FetchReason.BACKFILL, now))
                .toList();
        Set<String> wanted = new HashSet<>();
        all.forEach(r -> wanted.add(r.id()));
        try (var ledger = ledger();
                var producer = producer()) {
            List<TopicPartition> partitions = ledger.partitionsFor(Topics.FETCHES_DONE.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            ledger.assign(partitions);
            ledger.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = ledger.endOffsets(partitions);
            Map<String, FetchDone> before = new HashMap<>();
            while (partitions.stream().anyMatch(p -> ledger.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, FetchDone> record : ledger.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && wanted.contains(record.key())) {
                        before.put(record.key(), record.value());
                    }
                }
            }
            Deque<FetchRequest> pending = new ArrayDeque<>(
                    all.stream().filter(r -> !before.containsKey(r.id())).toList());
            Summary summary = Summary.start(runKey, all.size(), before.size(), pending.size());
            progress.accept(summary);
            Set<String> inFlight = new HashSet<>();
            Instant lastDone = Instant.now();
            while (!summary.finished() && !stop.getAsBoolean()) {
                if (Duration.between(lastDone, Instant.now()).compareTo(patience) > 0) {
                    stalled.run();
                    lastDone = Instant.now();
                }
                while (inFlight.size() < window && !pending.isEmpty()) {
                    FetchRequest request = pending.poll();
                    producer.send(new ProducerRecord<>(Topics.FETCH_REQUESTS.name(), request.symbol(), request));
                    inFlight.add(request.id());
                }
                producer.flush();
                for (ConsumerRecord<String, FetchDone> record : ledger.poll(Duration.ofMillis(500))) {
                    FetchDone done = record.value();
                    // One not yet asked for may be done too: an earlier run of this backfill had it in flight.
                    if (done != null
                            && (inFlight.remove(record.key()) || pending.removeIf(r -> r.id().equals(record.key())))) {
                        summary = summary.with(done);
                        lastDone = Instant.now();
                        progress.accept(summary);
                    }
                }
            }
            return summary.stopped(!summary.finished());
        }
    }

    private KafkaConsumer<String, FetchDone> ledger() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "backfill-ledger"),
                Topics.FETCHES_DONE.keySerde().deserializer(),
                Topics.FETCHES_DONE.valueSerde().deserializer());
    }

    private KafkaProducer<String, FetchRequest> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "backfill"),
                Topics.FETCH_REQUESTS.keySerde().serializer(),
                Topics.FETCH_REQUESTS.valueSerde().serializer());
    }

    /**
     * Where a backfill stands.
     *
     * @param total requests of the backfill
     * @param skipped requests done before it started (by an earlier run of it), not asked again
     * @param toDo requests it asks for
     * @param fetched requests done with data (some of their rows may be rejects)
     * @param rejected requests that ended in rejects only (the source's answer or its failure)
     * @param retried HTTP requests made again (after a 429, a 5xx, a timeout or a broken answer)
     * @param ticks ticks published
     * @param actions dividends and splits published
     * @param rejects rejects published, by reason
     * @param stopped whether it was stopped before every request was done
     */
    public record Summary(
            String runKey,
            int total,
            int skipped,
            int toDo,
            int fetched,
            int rejected,
            int retried,
            long ticks,
            long actions,
            Map<String, Integer> rejects,
            boolean stopped) {

        public Summary {
            rejects = Map.copyOf(rejects);
        }

        static Summary start(String runKey, int total, int skipped, int toDo) {
            return new Summary(runKey, total, skipped, toDo, 0, 0, 0, 0, 0, Map.of(), false);
        }

        public int done() {
            return fetched + rejected;
        }

        public boolean finished() {
            return done() >= toDo;
        }

        Summary with(FetchDone done) {
            Map<String, Integer> reasons = new TreeMap<>(rejects);
            done.rejects().forEach((reason, count) -> reasons.merge(reason, count, Integer::sum));
            boolean onlyRejects = done.outcome() != FetchDone.Outcome.FETCHED;
            return new Summary(
                    runKey,
                    total,
                    skipped,
                    toDo,
                    fetched + (onlyRejects ? 0 : 1),
                    rejected + (onlyRejects ? 1 : 0),
                    retried + done.retries(),
                    ticks + done.ticks(),
                    actions + done.actions(),
                    reasons,
                    false);
        }

        Summary stopped(boolean stopped) {
            return new Summary(
                    runKey, total, skipped, toDo, fetched, rejected, retried, ticks, actions, rejects, stopped);
        }

        /** The closing lines an operator reads. */
        public List<String> lines() {
            return List.of(
                    (stopped ? "Backfill stopped: " : "Backfill done: ") + runKey + ", " + total + " symbols",
                    "  fetched   " + fetched + " (" + ticks + " ticks, " + actions + " dividends and splits)",
                    "  rejected  " + rejected + (rejects.isEmpty() ? "" : " - rejects by reason: " + rejects),
                    "  skipped   " + skipped + " (done by an earlier run)",
                    "  retried   " + retried + " HTTP requests",
                    stopped
                            ? "  left      " + (toDo - done()) + ": run the same command again to resume"
                                    + " (what is done is not fetched again)"
                            : "  left      0");
        }
    }
}
