package dev.ollass.bench;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketRedisKeys;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.machine.Machine;
import dev.ollass.projector.ChartProjectorApplication;
import dev.ollass.projector.sink.ProjectionFreshness;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.LocalStackSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.file.PathUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./ollass bench project}: synthetic ticks for many symbols through the projector's topology into MySQL and
 * Redis on a fresh local stack, at a steady offered rate; prints the sustained ticks/s, the p50/p99 freshness at that
 * rate, and the bare broker's produce and consume rates measured in the same run.
 *
 * <p>The ticks: symbols {@code BENCH0000} onwards, one tick per symbol per round, round after round; each symbol walks
 * its close by a seeded random step of at most 0.5 %, with open, high and low around it (never suspect), a new
 * trading day every 5 rounds, observed one second later each round. The last round is a day of its own, so that its
 * bars in MySQL and latest prices say when everything sent has been projected.
 *
 * <p>Options: {@code --symbols=<n>} (default 2000), {@code --rate=<ticks/s>} offered (default 12000), {@code
 * --seconds=<n>} of offered load (default 30), {@code --warmup=<n>} seconds of the same load on other symbols before
 * it, unmeasured (default 60: after 20 s the C2 compiler's thread still took 0.44 of a core during the measured run,
 * after 60 s 0.07 to 0.10; {@code --warmup=0}: two rounds of 50 symbols only). The JIT's compile time and the
 * collector's pauses during the measured run are printed beside the figures.
 */
public final class ProjectBenchmark {

    static final double TARGET_TICKS_PER_SECOND = 10_000;
    static final Duration TARGET_P99 = Duration.ofSeconds(1);
    private static final String RAW_TOPIC = "bench.raw-ticks";
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 4);
    private static final Instant OBSERVED = Instant.parse("2021-01-04T21:00:00Z");

    private final PrintStream progress;

    private ProjectBenchmark(PrintStream progress) {
        this.progress = progress;
    }

    public static void main(String[] args) {
        int symbols = Integer.parseInt(option(args, "symbols", "2000"));
        int rate = Integer.parseInt(option(args, "rate", "12000"));
        int seconds = Integer.parseInt(option(args, "seconds", "30"));
        int warmUp = Integer.parseInt(option(args, "warmup", "60"));
        try {
            new ProjectBenchmark(System.err).run(symbols, rate, seconds, warmUp).forEach(System.out::println);
        } catch (Exception | Error e) {
            System.err.println(
                    "The benchmark failed (details in " + System.getProperty("ollass.bench.log", "the log") + "):");
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private List<String> run(int symbols, int rate, int seconds, int warmUpSeconds) throws Exception {
        List<String> table = new ArrayList<>();
        table.add("Ollass projection benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        table.add("Machine: " + Machine.describe());
        table.add("Load average before: " + Machine.loadAverage());
        table.add("Busiest other processes (CPU over 2 s) before: "
                + orNone(Machine.busiestOtherProcesses(Duration.ofSeconds(2), 4)));
        table.add("");

        Path dataDir = Files.createTempDirectory("ollass-bench-project-");
        progress.println("Starting a fresh local stack ...");
        try (LocalStack stack = LocalStack.start(LocalStackSettings.withFreePorts(dataDir))) {
            int rounds = Math.max(2, rate * seconds / symbols);
            // Each list of ticks is made where it is sent and dropped after it: the raw run's and the warm-up's are
            // garbage by the measured run, which so carries only its own (see the collection before it).
            RawRates raw = rawRates(stack.kafkaBootstrapServers(), symbols, rounds);
            double rawProduce = raw.produce();
            double rawConsume = raw.consume();

            progress.println("Starting the projector ...");
            try (ConfigurableApplicationContext projector = projector(stack, dataDir)) {
                JdbcClient jdbc = projector.getBean(JdbcClient.class);
                StringRedisTemplate redis = projector.getBean(StringRedisTemplate.class);
                // Warm-up, unmeasured, until it is in MySQL and Redis: without --warmup two rounds of 50 other
                // symbols; with it, that many seconds of the same load on as many other symbols (the JIT compiles
                // the hot paths then, not during the measured run).
                int warmSymbols = warmUpSeconds > 0 ? symbols : 50;
                int warmRounds = Math.max(2, rate * warmUpSeconds / warmSymbols);
                if (warmUpSeconds > 0) {
                    progress.println("Warming up: " + warmSymbols * warmRounds + " ticks at " + rate + " ticks/s ...");
                }
                offer(
                        stack.kafkaBootstrapServers(),
                        ticks("WARM", warmSymbols, warmRounds, Topics.PRICE_TICKS.name()),
                        rate);
                awaitLastDay(jdbc, redis, "WARM", warmSymbols, warmRounds, Duration.ofMinutes(5));
                Map<String, Map<Double, Long>> perSinkBefore = bucketsPerSink(projector);
                Map<String, Long> countsBefore = countsPerSink(projector);

                List<ProducerRecord<byte[], byte[]>> projected =
                        ticks("BENCH", symbols, rounds, Topics.PRICE_TICKS.name());
                // The warm-up's and the raw runs' ticks (hundreds of MB) collected now, not by concurrent cycles
                // during the measured run: they are the benchmark's garbage, not the projector's.
                System.gc();
                progress.println("Offering " + projected.size() + " ticks for " + symbols + " symbols at " + rate
                        + " ticks/s ...");
                long compilingBefore = compilingMillis();
                long collectingBefore = collectingMillis();
                Duration cpuBefore = Machine.cpuOfThisJvmAndItsChildren();
                Duration childrenBefore = Machine.cpuOfItsChildren();
                long started = System.nanoTime();
                double offered = offer(stack.kafkaBootstrapServers(), projected, rate);
                boolean done = awaitLastDay(jdbc, redis, "BENCH", symbols, rounds, Duration.ofMinutes(5));
                long nanos = System.nanoTime() - started;
                Duration cpu = Machine.cpuOfThisJvmAndItsChildren().minus(cpuBefore);
                Duration children = Machine.cpuOfItsChildren().minus(childrenBefore);
                long compiling = compilingMillis() - compilingBefore;
                long collecting = collectingMillis() - collectingBefore;
                double sustained = projected.size() / (nanos / 1e9);
                double cpuPerTick = cpu.toNanos() / 1e3 / projected.size();
                int cores = Runtime.getRuntime().availableProcessors();
                Map<String, Map<Double, Long>> perSinkAfter = bucketsPerSink(projector);
                Map<String, Long> countsAfter = countsPerSink(projector);
                Map<Double, Long> bucketsBefore = summed(perSinkBefore);
                Map<Double, Long> bucketsAfter = summed(perSinkAfter);
                long measured = total(countsAfter) - total(countsBefore);
                Duration p50 = percentile(bucketsBefore, bucketsAfter, measured, 0.50);
                Duration p99 = percentile(bucketsBefore, bucketsAfter, measured, 0.99);

                table.add(row("Figure", "value", "unit"));
                table.add(
                        row("Raw producer (bare KafkaProducer, pre-serialized ticks)", number(rawProduce), "ticks/s"));
                table.add(row("Raw consumer (bare KafkaConsumer, same records)", number(rawConsume), "ticks/s"));
                table.add(row("Offered to the projector (price ticks topic)", number(offered), "ticks/s"));
                table.add(row(
                        "Sustained: first tick sent .. last tick in MySQL and Redis"
                                + (done ? "" : " (NOT all projected in 5 min)"),
                        number(sustained),
                        "ticks/s"));
                table.add(row("Sustained / raw consume", "%.0f".formatted(sustained / rawConsume * 100), "%"));
                table.add(row("Freshness p50 (MySQL and Redis, %d records)".formatted(measured), millis(p50), "ms"));
                table.add(row("Freshness p99", millis(p99), "ms"));
                perSinkAfter.forEach((sink, after) -> {
                    long records = countsAfter.get(sink) - countsBefore.getOrDefault(sink, 0L);
                    Map<Double, Long> before = perSinkBefore.getOrDefault(sink, Map.of());
                    table.add(row(
                            "  p50 / p99 of " + sink,
                            millis(percentile(before, after, records, 0.50)) + " / "
                                    + millis(percentile(before, after, records, 0.99)),
                            "ms"));
                });
                table.add(row(
                        "CPU per tick (this JVM: broker, projector, sender; MariaDB; Redis)",
                        "%.0f".formatted(cpuPerTick),
                        "us"));
                table.add(row(
                        "  of which MariaDB and Redis (child processes)",
                        "%.0f".formatted(children.toNanos() / 1e3 / projected.size()),
                        "us"));
                table.add(row(
                        "CPU share this run got, of the machine's " + cores + " cores",
                        "%.0f".formatted(cpu.toNanos() * 100.0 / nanos / cores),
                        "%"));
                table.add(row(
                        "JIT compile time / run time (-1: the JVM does not say)",
                        compiling < 0 ? "-1" : "%.0f".formatted(compiling * 100.0 / (nanos / 1e6)),
                        "%"));
                table.add(row(
                        "Garbage-collection pauses during the run",
                        "%.1f".formatted(collecting * 100.0 / (nanos / 1e6)),
                        "% of time"));
                table.add(row(
                        "Implied on " + cores + " idle cores (" + cores + " cores / CPU per tick)",
                        number(cores * 1e6 / cpuPerTick),
                        "ticks/s"));
                table.add("");
                table.add(String.format(
                        Locale.ROOT,
                        "Sustained >= %,.0f ticks/s: %s; p99 freshness < %d ms: %s",
                        TARGET_TICKS_PER_SECOND,
                        sustained >= TARGET_TICKS_PER_SECOND && done ? "PASS" : "FAIL",
                        TARGET_P99.toMillis(),
                        p99.compareTo(TARGET_P99) < 0 ? "PASS" : "FAIL"));
                table.add("");
                table.add("Ticks: %d symbols x %d rounds, seeded random walk, a new day every 5 rounds; %s."
                        .formatted(symbols, rounds, "the raw runs send and read the same serialized ticks"));
                table.add("Freshness: ollass.projection.freshness (visible in the sink - the tick's ingest time),"
                        + " every sink and topic, from its histogram buckets (upper bounds), warm-up excluded.");
                table.add(
                        warmUpSeconds > 0
                                ? "Warm-up: %d ticks (%d s of the offered load, other symbols), projected before the measured run."
                                        .formatted(warmSymbols * warmRounds, warmUpSeconds)
                                : "Warm-up: %d ticks only (--warmup=<s> for a warm JIT)."
                                        .formatted(warmSymbols * warmRounds));
                table.add("Projector: production settings (exactly-once, commit interval "
                        + projector.getEnvironment().getProperty("ollass.projector.commit-interval", "1s")
                        + "), in the benchmark's JVM, on the same machine as the broker, MariaDB and Redis.");
                table.add("Load average after: " + Machine.loadAverage());
            }
        } finally {
            try {
                PathUtils.deleteDirectory(dataDir);
            } catch (IOException e) {
                progress.println("Could not delete " + dataDir + ": " + e);
            }
        }
        return table;
    }

    private static ConfigurableApplicationContext projector(LocalStack stack, Path dataDir) {
        List<String> args = new ArrayList<>();
        stack.serviceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--spring.config.location=" + projectorProperties());
        args.add("--spring.datasource.url=" + stack.jdbcUrl("market"));
        args.add("--spring.kafka.streams.state-dir=" + dataDir.resolve("streams"));
        args.add("--ollass.projector.audit.scheduled=false");
        args.add("--logging.level.root=WARN");
        return new SpringApplicationBuilder(ChartProjectorApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /**
     * The projector's own application.properties: the ingestor's, first on the class path, has the same name (the
     * ingest benchmark needs it first).
     */
    private static String projectorProperties() {
        String location = ChartProjectorApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        return location.endsWith(".jar")
                ? "jar:" + location + "!/application.properties"
                : location + (location.endsWith("/") ? "" : "/") + "application.properties";
    }

    private List<ProducerRecord<byte[], byte[]>> ticks(int symbols, int rounds) {
        return ticks("BENCH", symbols, rounds, RAW_TOPIC);
    }

    /** Round after round, one tick per symbol; the last round is a trading day of its own. */
    static List<ProducerRecord<byte[], byte[]>> ticks(String prefix, int symbols, int rounds, String topic) {
        Serializer<String> keys = Topics.PRICE_TICKS.keySerde().serializer();
        Serializer<PriceTick> values = Topics.PRICE_TICKS.valueSerde().serializer();
        Random random = new Random(42);
        double[] closes = new double[symbols];
        java.util.Arrays.fill(closes, 100);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(symbols * rounds);
        for (int round = 0; round < rounds; round++) {
            LocalDate day = lastDay(rounds).minusDays(round == rounds - 1 ? 0 : 1 + (rounds - 2 - round) / 5);
            for (int s = 0; s < symbols; s++) {
                String symbol = "%s%04d".formatted(prefix, s);
                double open = closes[s];
                closes[s] = open * (1 + (random.nextDouble() - 0.5) / 100);
                BigDecimal openPrice = BigDecimal.valueOf(open).setScale(2, java.math.RoundingMode.HALF_UP);
                BigDecimal close = BigDecimal.valueOf(closes[s]).setScale(2, java.math.RoundingMode.HALF_UP);
                BigDecimal high = openPrice.max(close).add(BigDecimal.ONE);
                BigDecimal low = openPrice.min(close).subtract(BigDecimal.ONE);
                PriceTick tick = new PriceTick(
                        symbol,
                        day,
                        "America/New_York",
                        "USD",
                        openPrice,
                        high,
                        low,
                        close,
                        close,
                        1_000L + round,
                        "bench",
                        OBSERVED.plusSeconds(round),
                        InstrumentKind.STOCK);
                records.add(new ProducerRecord<>(
                        topic,
                        keys.serialize(Topics.PRICE_TICKS.name(), symbol),
                        values.serialize(Topics.PRICE_TICKS.name(), tick)));
            }
        }
        return records;
    }

    private static LocalDate lastDay(int rounds) {
        return FIRST_DAY.plusDays(rounds / 5 + 2);
    }

    /** The bare broker's rates, in ticks/s. */
    private record RawRates(double produce, double consume) {}

    /** The bare broker's produce and consume rates for as many ticks as the measured run's, serialized alike. */
    private RawRates rawRates(String bootstrap, int symbols, int rounds) throws InterruptedException {
        List<ProducerRecord<byte[], byte[]>> ticks = ticks(symbols, rounds);
        progress.println("Raw broker rates: " + ticks.size() + " ticks to a topic nothing reads ...");
        createRawTopic(bootstrap);
        double produce = rawProduce(bootstrap, ticks);
        return new RawRates(produce, rawConsume(bootstrap, ticks.size()));
    }

    /** Sends at {@code rate} ticks/s (in 10 ms slices), waits for every acknowledgement; the rate achieved. */
    private static double offer(String bootstrap, List<ProducerRecord<byte[], byte[]>> records, int rate)
            throws InterruptedException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (var producer = producer(bootstrap)) {
            long started = System.nanoTime();
            for (int i = 0; i < records.size(); i++) {
                producer.send(records.get(i), (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
                long due = started + (long) ((i + 1) * 1e9 / rate);
                long ahead = due - System.nanoTime();
                if (ahead > 10_000_000) {
                    TimeUnit.NANOSECONDS.sleep(ahead);
                }
            }
            producer.flush();
            double achieved = records.size() / ((System.nanoTime() - started) / 1e9);
            if (failure.get() != null) {
                throw new IllegalStateException("The broker refused a tick", failure.get());
            }
            return achieved;
        }
    }

    private static double rawProduce(String bootstrap, List<ProducerRecord<byte[], byte[]>> records) {
        try (var producer = producer(bootstrap)) {
            long started = System.nanoTime();
            records.forEach(producer::send);
            producer.flush();
            return records.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static double rawConsume(String bootstrap, int expected) {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(RAW_TOPIC));
            // Joining the group is not reading: the clock starts with the first records.
            int read = consumer.poll(Duration.ofSeconds(30)).count();
            long started = System.nanoTime();
            int timed = 0;
            while (read < expected) {
                int batch = consumer.poll(Duration.ofSeconds(5)).count();
                if (batch == 0) {
                    throw new IllegalStateException("Read " + read + " of " + expected + " raw ticks");
                }
                read += batch;
                timed += batch;
            }
            return timed / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        // As the ingestor publishes: acknowledged by the broker, idempotent.
        return new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /** Until every symbol's last day is in daily_bar and latest_price, and its latest price in Redis. */
    private boolean awaitLastDay(
            JdbcClient jdbc, StringRedisTemplate redis, String prefix, int symbols, int rounds, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        LocalDate lastDay = lastDay(rounds);
        while (System.nanoTime() < deadline) {
            int bars = jdbc.sql("SELECT COUNT(*) FROM daily_bar WHERE symbol LIKE :prefix AND trading_date = :day")
                    .param("prefix", prefix + "%")
                    .param("day", lastDay)
                    .query(Integer.class)
                    .single();
            int prices = jdbc.sql("SELECT COUNT(*) FROM latest_price WHERE symbol LIKE :prefix AND trading_date = :day")
                    .param("prefix", prefix + "%")
                    .param("day", lastDay)
                    .query(Integer.class)
                    .single();
            if (bars == symbols && prices == symbols && inRedis(redis, prefix, symbols, lastDay)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Whether every symbol's latest price in Redis is of {@code lastDay}. */
    private static boolean inRedis(StringRedisTemplate redis, String prefix, int symbols, LocalDate lastDay) {
        List<String> keys = new ArrayList<>(symbols);
        for (int s = 0; s < symbols; s++) {
            keys.add(MarketRedisKeys.latest(InstrumentKind.STOCK, "%s%04d".formatted(prefix, s)));
        }
        List<String> prices = redis.opsForValue().multiGet(keys);
        String day = "\"tradingDate\":\"" + lastDay + "\"";
        return prices != null && prices.stream().allMatch(price -> price != null && price.contains(day));
    }

    private static List<Timer> timers(ConfigurableApplicationContext projector) {
        return List.copyOf(projector
                .getBean(MeterRegistry.class)
                .find(ProjectionFreshness.METER)
                .timers());
    }

    /** Each sink and topic's cumulative counts per bucket upper bound (ms), by "sink topic". */
    private static Map<String, Map<Double, Long>> bucketsPerSink(ConfigurableApplicationContext projector) {
        Map<String, Map<Double, Long>> sinks = new java.util.TreeMap<>();
        for (Timer timer : timers(projector)) {
            Map<Double, Long> counts = sinks.computeIfAbsent(sinkOf(timer), sink -> new java.util.TreeMap<>());
            for (CountAtBucket bucket : timer.takeSnapshot().histogramCounts()) {
                counts.merge(bucket.bucket(TimeUnit.MILLISECONDS), (long) bucket.count(), Long::sum);
            }
        }
        return sinks;
    }

    private static Map<String, Long> countsPerSink(ConfigurableApplicationContext projector) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        timers(projector).forEach(timer -> counts.merge(sinkOf(timer), timer.count(), Long::sum));
        return counts;
    }

    private static String sinkOf(Timer timer) {
        return timer.getId().getTag("sink") + " " + timer.getId().getTag("topic");
    }

    /** Cumulative counts per bucket upper bound (ms), summed over every sink and topic. */
    private static Map<Double, Long> summed(Map<String, Map<Double, Long>> perSink) {
        Map<Double, Long> sums = new java.util.TreeMap<>();
        perSink.values().forEach(counts -> counts.forEach((bound, count) -> sums.merge(bound, count, Long::sum)));
        return sums;
    }

    private static long total(Map<String, Long> countsPerSink) {
        return countsPerSink.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The smallest bucket bound under which {@code share} of the {@code measured} records between the two snapshots
     * fell; a day when the histogram's top bucket holds fewer (shown as "> max bucket").
     */
    static Duration percentile(Map<Double, Long> before, Map<Double, Long> after, long measured, double share) {
        for (var entry : after.entrySet()) {
            long below = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
            if (measured > 0 && below >= share * measured) {
                return Duration.ofNanos((long) (entry.getKey() * 1e6));
            }
        }
        return Duration.ofDays(1);
    }

    private static void createRawTopic(String bootstrapServers) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(RAW_TOPIC, Topics.PRICE_TICKS.partitions(), (short) 1)))
                    .all()
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create " + RAW_TOPIC, e.getCause());
        }
    }

    /** The JIT compilers' accumulated time, -1 where the JVM does not say. */
    private static long compilingMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** The collectors' accumulated time: with G1, its pauses (young, mixed, and the concurrent cycle's remark and cleanup). */
    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(millis -> millis > 0)
                .sum();
    }

    private static String row(String figure, String value, String unit) {
        return String.format(Locale.ROOT, "%-72s %12s  %s", figure, value, unit);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String millis(Duration duration) {
        return duration.toDays() >= 1 ? "> top bucket" : Long.toString(duration.toMillis());
    }

    private static String orNone(List<String> processes) {
        return processes.isEmpty() ? "none above 5%" : String.join(", ", processes);
    }

    private static String option(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
