package dev.ollass.bench;

import dev.ollass.machine.Machine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./ollass bench ingest}: prints the ingest figures as one table. Parsers first (JMH, in JVMs
 * of their own, before any broker runs), then the broker figures: raw and end-to-end runs taken in
 * turns on the same fresh broker, after one unmeasured run of each.
 *
 * <p>Options: {@code --root=<project root>} (default: the current directory), {@code --runs=<n>}
 * measured raw and end-to-end runs (default 5), {@code --iterations=<n>} measured JMH iterations
 * per parser (default 5).
 */
public final class IngestBenchmark {

    /** The target: the recorded source publishes at least half as fast as the bare producer. */
    static final double TARGET_RATIO = 0.5;

    /** Each raw run sends the recorded ticks this many times over, so that it lasts long enough to measure. */
    static final int RAW_PASSES = 5;

    private final PrintStream out;
    private final PrintStream progress;

    private IngestBenchmark(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        Path root = Path.of(option(args, "root", "."));
        int runs = Integer.parseInt(option(args, "runs", "5"));
        int iterations = Integer.parseInt(option(args, "iterations", "5"));
        try {
            new IngestBenchmark(System.out, System.err)
                    .run(root, runs, new ParserThroughput.Plan(3, iterations, 1))
                    .forEach(System.out::println);
        } catch (Exception | Error e) {
            // Boot marks a failure it logged as handled, and the log goes to a file: say it here.
            System.err.println(
                    "The benchmark failed (details in " + System.getProperty("ollass.bench.log", "the log") + "):");
            e.printStackTrace();
            System.exit(1);
        }
        // Everything it started is closed; a thread of Boot's or of JMX must not keep the JVM alive.
        System.exit(0);
    }

    private List<String> run(Path root, int runs, ParserThroughput.Plan plan) throws InterruptedException {
        List<String> table = new ArrayList<>();
        table.add("Ollass ingest benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        table.add("Machine: " + Machine.describe());
        table.add("Load average before: " + Machine.loadAverage());
        table.add("Busiest other processes (CPU over 2 s) before: "
                + orNone(Machine.busiestOtherProcesses(Duration.ofSeconds(2), 4)));
        table.add("");

        Fixtures fixtures = Fixtures.in(root);
        List<String> yahooBodies =
                fixtures.yahooCharts().stream().map(Fixtures.Response::text).toList();
        List<String> pollingBodies =
                fixtures.naverPolling().stream().map(Fixtures.Response::text).toList();
        int yahooRecords = ParserWorkloads.yahooCharts(yahooBodies);
        int pollingRecords = ParserWorkloads.naverPolling(fixtures.naverPolling(), pollingBodies);
        int dailyRecords = ParserWorkloads.naverDailyPages(fixtures.naverDailyPages());

        progress.println("Parsers (" + plan + " each) ...");
        Spread yahoo = ParserThroughput.recordsPerSecond("yahooChart", yahooRecords, root, plan);
        Spread polling = ParserThroughput.recordsPerSecond("naverPolling", pollingRecords, root, plan);
        Spread daily = ParserThroughput.recordsPerSecond("naverSiseDay", dailyRecords, root, plan);

        progress.println("Broker: starting a fresh one and the price ingestor on it ...");
        List<Double> rawRecords = new ArrayList<>();
        List<Double> rawMegabytes = new ArrayList<>();
        List<Double> endToEndTicks = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        String producerSettings;
        int recordedTicks;
        double meanRecordBytes;
        long endToEndRecords = 0;
        try (PublishRates rates = PublishRates.start()) {
            producerSettings = rates.producerSettings();
            recordedTicks = rates.recordedTickCount();
            meanRecordBytes = rates.meanRecordBytes();
            progress.println("Broker: 1 unmeasured and " + runs + " measured runs of each, in turns ...");
            rates.raw(RAW_PASSES);
            rates.endToEnd();
            for (int run = 0; run < runs; run++) {
                PublishRates.RawRun raw = rates.raw(RAW_PASSES);
                rawRecords.add(raw.records() / seconds(raw.nanos()));
                rawMegabytes.add(raw.bytes() / 1e6 / seconds(raw.nanos()));
                PublishRates.EndToEndRun endToEnd = rates.endToEnd();
                endToEndTicks.add(endToEnd.ticks() / seconds(endToEnd.nanos()));
                // Each end-to-end run against the raw run just before it: the load of the machine drifts less in
                // between.
                ratios.add(endToEndTicks.getLast() / rawRecords.getLast());
                endToEndRecords = endToEnd.records();
            }
        }
        Spread raw = Spread.of(unboxed(rawRecords));
        Spread rawMb = Spread.of(unboxed(rawMegabytes));
        Spread endToEnd = Spread.of(unboxed(endToEndTicks));
        Spread ratio = Spread.of(unboxed(ratios));

        table.add(row("Figure", "median", "min .. max", "n", "unit"));
        table.add(row(
                "Yahoo chart parser: %d responses, %d records/pass"
                        .formatted(fixtures.yahooCharts().size(), yahooRecords),
                yahoo,
                "records/s"));
        table.add(row(
                "Naver polling parser: %d answers, %d records/pass"
                        .formatted(fixtures.naverPolling().size(), pollingRecords),
                polling,
                "records/s"));
        table.add(row(
                "Naver sise_day parser: %d pages, %d records/pass"
                        .formatted(fixtures.naverDailyPages().size(), dailyRecords),
                daily,
                "records/s"));
        table.add(row(
                "Raw producer: %d x %.0f B records/run".formatted(RAW_PASSES * recordedTicks, meanRecordBytes),
                raw,
                "records/s"));
        table.add(row("Raw producer, same runs", rawMb, "MB/s"));
        table.add(row(
                "Recorded history end to end: %d ticks/run (%d records)".formatted(recordedTicks, endToEndRecords),
                endToEnd,
                "ticks/s"));
        table.add("");
        table.add(row("End to end / raw, run by run", ratio.map(share -> share * 100), "%"));
        table.add("");
        table.add(verdict(ratio.median()));
        table.add("");
        table.add("Parsers: " + plan + "; records = ticks, current prices, corporate actions and rejects yielded.");
        table.add("Broker: fresh single-node KRaft broker in this JVM; both producers with the ingestor's settings: "
                + producerSettings + ".");
        table.add("Raw: bare KafkaProducer, pre-serialized recorded ticks, topic of "
                + "the ticks topic's partitions, async sends then flush. End to end: RecordedChartImporter.importAll()"
                + " over the whole recorded history (ledger emptied between runs, untimed).");
        table.add("Load average after: " + Machine.loadAverage());
        return table;
    }

    /** PASS when the median of the run-by-run ratios reaches the target. */
    static String verdict(double ratio) {
        return String.format(
                Locale.ROOT,
                "End to end / raw: %.0f%% (median of the paired runs)  %s (target >= %.0f%%)",
                ratio * 100,
                ratio >= TARGET_RATIO ? "PASS" : "FAIL",
                TARGET_RATIO * 100);
    }

    private static String row(String figure, Spread spread, String unit) {
        return row(
                figure,
                number(spread.median()),
                number(spread.min()) + " .. " + number(spread.max())
                        + " (%.0f%%)".formatted(spread.relativeRange() * 100),
                Integer.toString(spread.samples()),
                unit);
    }

    private static String row(String figure, String median, String range, String samples, String unit) {
        return String.format(Locale.ROOT, "%-64s %12s  %-32s %3s  %s", figure, median, range, samples, unit);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
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
