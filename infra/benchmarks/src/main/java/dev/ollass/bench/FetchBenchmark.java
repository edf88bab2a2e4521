package dev.ollass.bench;

import com.sun.net.httpserver.HttpServer;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.backfill.Backfill;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.machine.Machine;
import dev.ollass.stack.KafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./ollass bench fetch}: fetch requests done per second by one price ingestor (its own jar, in a
 * JVM of its own, live sources on, Yahoo's limits lifted) for a backfill of {@code --symbols} (1,000)
 * against a stand-in for Yahoo on loopback that answers every chart with the recorded AAPL response
 * (gzipped); beside it, in turns on the same fresh broker, a bare producer sending the same number of
 * records those fetches published, already serialized; and the ingestor's memory (peak resident set,
 * heap in use at the end).
 */
public final class FetchBenchmark {

    private static final String CHART = "price-ingestor/src/test/resources/yahoo/"
            + "chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json";
    private static final LocalDate FROM = LocalDate.of(2020, 8, 31);

    public static void main(String[] args) throws Exception {
        Path root = Path.of(option(args, "root", "."));
        int symbols = Integer.parseInt(option(args, "symbols", "1000"));
        int runs = Integer.parseInt(option(args, "runs", "3"));
        try {
            run(root, symbols, runs).forEach(System.out::println);
        } catch (Exception | Error e) {
            System.err.println("The benchmark failed:");
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static List<String> run(Path root, int symbolCount, int runs) throws Exception {
        List<String> table = new ArrayList<>();
        table.add("Ollass fetch benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        table.add("Machine: " + Machine.describe());
        table.add("Load average before: " + Machine.loadAverage());
        table.add("");
        byte[] chart = Files.readAllBytes(root.resolve(CHART));
        List<PriceTick> ticks = new YahooChartSource()
                .parse(new SourcePayload("bench", chart, null, null, Instant.now()))
                .ticks();
        Path dataDir = Files.createTempDirectory("ollass-fetch-bench-");
        HttpServer standIn = standIn(gzip(chart));
        List<String> symbols =
                IntStream.range(0, symbolCount).mapToObj(i -> "B" + i).toList();
        List<Double> fetchRates = new ArrayList<>();
        List<Double> recordRates = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        long peakRss;
        long heapAtEnd;
        Backfill.Summary last;
        try (KafkaBroker broker = KafkaBroker.start(dataDir, freePort(), freePort());
                Ingestor ingestor = Ingestor.start(root, broker.bootstrapServers(), standIn, freePort());
                KafkaProducer<byte[], byte[]> raw = rawProducer(broker.bootstrapServers())) {
            List<ProducerRecord<byte[], byte[]>> rawRecords = new ArrayList<>();
            Backfill backfill = new Backfill(broker.bootstrapServers(), symbolCount);
            System.err.println("Fetch: 1 unmeasured and " + runs + " measured backfills of " + symbolCount
                    + " symbols, each beside a raw producer run ...");
            last = backfill.run(symbols, YahooChartSource.NAME, FROM, FROM.plusDays(1), () -> false, s -> {});
            long recordsPerRun = last.ticks() + last.actions();
            createRawTopic(broker.bootstrapServers());
            var serializer = Topics.PRICE_TICKS.valueSerde().serializer();
            for (long i = 0; i < recordsPerRun; i++) {
                PriceTick tick = ticks.get((int) (i % ticks.size()));
                rawRecords.add(new ProducerRecord<>(
                        "bench.raw-fetch", ("B" + i).getBytes(), serializer.serialize("bench.raw-fetch", tick)));
            }
            rawRun(raw, rawRecords);
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                last = backfill.run(symbols, YahooChartSource.NAME, FROM, FROM.plusDays(2 + run), () -> false, s -> {});
                double seconds = (System.nanoTime() - started) / 1e9;
                fetchRates.add(last.fetched() / seconds);
                recordRates.add((last.ticks() + last.actions()) / seconds);
                rawRates.add(rawRecords.size() / rawRun(raw, rawRecords));
            }
            peakRss = ingestor.peakResidentBytes();
            heapAtEnd = ingestor.heapUsedBytes();
        } finally {
            standIn.stop(0);
        }
        Spread fetches = Spread.of(unboxed(fetchRates));
        Spread records = Spread.of(unboxed(recordRates));
        Spread rawSpread = Spread.of(unboxed(rawRates));
        table.add(
                String.format(Locale.ROOT, "%-62s %12s  %-28s %3s  %s", "Figure", "median", "min .. max", "n", "unit"));
        table.add(row("Fetch requests done: backfill of " + symbolCount + " symbols", fetches, "requests/s"));
        table.add(row("Records the fetches published (ticks, dividends, splits)", records, "records/s"));
        table.add(row("Raw producer, same records, pre-serialized", rawSpread, "records/s"));
        table.add(String.format(
                Locale.ROOT,
                "%-62s %11.1f%%",
                "Fetch path / raw producer (records/s, medians)",
                records.median() / rawSpread.median() * 100));
        table.add(String.format(
                Locale.ROOT,
                "%-62s %12s  (heap in use at the end: %s)",
                "Ingestor memory: peak resident set",
                mib(peakRss),
                mib(heapAtEnd)));
        table.add("");
        table.add("Last backfill's summary, as ./ollass backfill prints it:");
        last.lines().forEach(line -> table.add("  " + line));
        table.add("");
        table.add("Ingestor: its own jar in a child JVM (default heap), 6 consumer threads, Yahoo's rate limit lifted"
                + " and a bulkhead of 64; stand-in: the JDK's HTTP server on loopback, one recorded chart ("
                + ticks.size() + " daily bars, a dividend and a split) for every symbol.");
        table.add("Load average after: " + Machine.loadAverage());
        return table;
    }

    /** Seconds the raw producer took to send {@code records} and have them acknowledged. */
    private static double rawRun(KafkaProducer<byte[], byte[]> raw, List<ProducerRecord<byte[], byte[]>> records) {
        long started = System.nanoTime();
        for (ProducerRecord<byte[], byte[]> record : records) {
            raw.send(record);
        }
        raw.flush();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void createRawTopic(String bootstrapServers) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(
                            "bench.raw-fetch", Topics.PRICE_TICKS.partitions(), (short) 1)))
                    .all()
                    .get();
        }
    }

    private static KafkaProducer<byte[], byte[]> rawProducer(String bootstrapServers) {
        // The ingestor's producer settings (its application.properties): acks=all, idempotence, linger.ms=5.
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static HttpServer standIn(byte[] gzippedChart) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v8/finance/chart/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(200, gzippedChart.length);
                exchange.getResponseBody().write(gzippedChart);
            }
        });
        server.start();
        return server;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        var zipped = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(zipped)) {
            out.write(body);
        }
        return zipped.toByteArray();
    }

    /** The price ingestor's runnable jar in a JVM of its own, its live sources on the stand-in. */
    private record Ingestor(Process process, int port) implements AutoCloseable {

        static Ingestor start(Path root, String bootstrapServers, HttpServer standIn, int port) throws Exception {
            Path jar = root.resolve("price-ingestor/target/price-ingestor-exec.jar");
            Path log = root.resolve("infra/benchmarks/target/fetch-benchmark-ingestor.log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString(),
                            "--ollass.ingestor.live.yahoo.max-concurrent=64",
                            "--ollass.ingestor.live.consumers=6")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("OLLASS_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            env.put("OLLASS_INGESTOR_PORT", Integer.toString(port));
            env.put("OLLASS_PUBLISH_SYMBOLS", "false");
            env.put("OLLASS_IMPORT_RECORDED", "false");
            env.put("OLLASS_LIVE_SOURCES", "true");
            env.put("OLLASS_LIVE_SCHEDULE", "false");
            env.put("OLLASS_YAHOO_REQUESTS_PER_HOUR", "1000000000");
            env.put(
                    "OLLASS_YAHOO_BASE_URL",
                    "http://" + standIn.getAddress().getHostString() + ":"
                            + standIn.getAddress().getPort());
            Ingestor ingestor = new Ingestor(builder.start(), port);
            ingestor.awaitReady();
            return ingestor;
        }

        private void awaitReady() throws Exception {
            Instant deadline = Instant.now().plusSeconds(180);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The ingestor stopped; see its log");
                }
                try {
                    if (get("/actuator/health/readiness").contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("The ingestor was not ready within 3 minutes");
        }

        String get(String path) throws IOException, InterruptedException {
            try (HttpClient client = HttpClient.newHttpClient()) {
                return client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            }
        }

        long peakResidentBytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return -1;
        }

        long heapUsedBytes() throws IOException, InterruptedException {
            String json = get("/actuator/metrics/jvm.memory.used?tag=area:heap");
            var matcher =
                    java.util.regex.Pattern.compile("\"value\":([0-9.E+]+)").matcher(json);
            return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : -1;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String row(String figure, Spread spread, String unit) {
        return String.format(
                Locale.ROOT,
                "%-62s %12s  %-28s %3d  %s",
                figure,
                number(spread.median()),
                number(spread.min()) + " .. " + number(spread.max())
                        + String.format(Locale.ROOT, " (%.0f%%)", spread.relativeRange() * 100),
                spread.samples(),
                unit);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    private static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
