package dev.ollass.ingestor.backfill;

import ch.qos.logback.classic.Level;
import dev.ollass.contracts.market.ListedStock;
import dev.ollass.ingestor.naver.NaverDailyPriceSource;
import dev.ollass.ingestor.symbol.SymbolUniversePublisher;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./ollass backfill}: fetches a date range of some symbols, or of a whole market, through the
 * ingestors' fetch requests, showing a progress bar on a terminal (symbols done of the total, rate,
 * time left) or a line per {@code --log-every} symbols elsewhere, and ending with a summary. Ctrl-C
 * stops it between requests; the same command again resumes.
 */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        description = "Fetches a date range of symbols from a live source through the ingestors' fetch requests.")
public final class BackfillCommand implements java.util.concurrent.Callable<Integer> {

    @Option(
            names = "--symbols",
            split = ",",
            description = "Codes as users know them (AAPL, 005930, BRK.B) or the source's own tickers (^GSPC, KRW=X).")
    List<String> symbols = new ArrayList<>();

    @Option(names = "--market", description = "Every stock of a market in the shipped lists: US or KR.")
    @Nullable
    String market;

    @Option(names = "--from", required = true, description = "The first date, YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", description = "The last date, YYYY-MM-DD (default: today).")
    @Nullable
    LocalDate to;

    @Option(
            names = "--source",
            defaultValue = YahooChartSource.NAME,
            description = "yahoo-chart-v8 (default) or naver-sise-day (Korean stocks).")
    String source = YahooChartSource.NAME;

    @Option(
            names = "--bootstrap-servers",
            defaultValue = "${env:OLLASS_KAFKA_BOOTSTRAP_SERVERS:-localhost:19092}",
            description = "Kafka (default: OLLASS_KAFKA_BOOTSTRAP_SERVERS, else the local run's).")
    String bootstrapServers = "localhost:19092";

    @Option(names = "--window", defaultValue = "100", description = "Requests published ahead of those done.")
    int window = 100;

    @Option(
            names = "--log-every",
            defaultValue = "50",
            description = "Without a terminal: a line per this many symbols.")
    int logEvery = 50;

    @Option(
            names = "--patience",
            defaultValue = "PT5M",
            description = "Say so when no request is done for this long (ISO-8601, default PT5M).")
    Duration patience = Duration.ofMinutes(5);

    @Option(names = "--plain", description = "Progress lines instead of a bar, even on a terminal.")
    boolean plain;

    private final PrintStream out;

    public BackfillCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        System.exit(new CommandLine(new BackfillCommand(System.out)).execute(args));
    }

    @Override
    public Integer call() {
        LocalDate until = to == null ? LocalDate.now() : to;
        List<String> tickers = tickers();
        if (tickers.isEmpty()) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "Name --symbols or a --market (US or KR) with stocks in the shipped lists");
        }
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            stop.set(true);
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("Backfill of " + tickers.size() + " symbols from " + source + ", " + from + " to " + until
                + ", through " + bootstrapServers + " (Ctrl-C stops; the same command resumes)");
        Progress progress = terminal() && !plain ? new Bar() : new Lines(out, logEvery);
        Backfill.Summary summary;
        try {
            summary =
                    new Backfill(bootstrapServers, window).run(tickers, source, from, until, stop::get, progress::show);
        } finally {
            progress.close();
        }
        summary.lines().forEach(out::println);
        finished.countDown();
        if (!stop.get()) {
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        return summary.stopped() ? 130 : 0;
    }

    /** The source's symbols: the shipped lists' tickers (Yahoo) or codes (Naver) for the codes named or the market. */
    List<String> tickers() {
        List<ListedStock> universe =
                SymbolUniversePublisher.shipped(Instant.now()).stocks();
        Function<ListedStock, String> name =
                source.equals(NaverDailyPriceSource.NAME) ? ListedStock::code : ListedStock::yahooTicker;
        List<String> tickers = new ArrayList<>();
        if (market != null) {
            String country = switch (market.toUpperCase(Locale.ROOT)) {
                case "US", "USA" -> "USA";
                case "KR", "KOREA" -> "KOREA";
                default ->
                    throw new CommandLine.ParameterException(
                            new CommandLine(this), "--market is US or KR, not " + market);
            };
            universe.stream()
                    .filter(s -> s.country().toUpperCase(Locale.ROOT).equals(country))
                    .map(name)
                    .forEach(tickers::add);
        }
        for (String symbol : symbols) {
            String code = symbol.trim();
            tickers.add(universe.stream()
                    .filter(s -> s.code().equalsIgnoreCase(code))
                    .findFirst()
                    .map(name)
                    .orElse(code));
        }
        return tickers.stream().distinct().toList();
    }

    private static boolean terminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ has a console even when redirected; isTerminal() says whether it is one.
            return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /** How progress is shown. */
    interface Progress extends AutoCloseable {

        void show(Backfill.Summary summary);

        @Override
        void close();
    }

    /** A progress bar: symbols done of those to do, rate, time left, and the counts so far. */
    static final class Bar implements Progress {

        private @Nullable ProgressBar bar;

        @Override
        public void show(Backfill.Summary summary) {
            if (bar == null) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Backfill")
                        .setInitialMax(summary.toDo())
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setUnit(" symbols", 1)
                        .showSpeed()
                        .setSpeedUnit(java.time.temporal.ChronoUnit.MINUTES)
                        .build();
            }
            bar.stepTo(summary.done());
            bar.setExtraMessage(" fetched " + summary.fetched() + ", rejected " + summary.rejected() + ", retried "
                    + summary.retried());
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Without a terminal: a line per {@code every} symbols done, with rate and time left. */
    static final class Lines implements Progress {

        private final PrintStream out;
        private final int every;
        private final Instant started = Instant.now();
        private int shown = -1;

        Lines(PrintStream out, int every) {
            this.out = out;
            this.every = Math.max(1, every);
        }

        @Override
        public void show(Backfill.Summary summary) {
            int done = summary.done();
            if (done == shown || (done % every != 0 && !summary.finished())) {
                return;
            }
            shown = done;
            double minutes =
                    Math.max(1, Duration.between(started, Instant.now()).toMillis()) / 60_000.0;
            double rate = done / minutes;
            String left = rate > 0 ? Math.round((summary.toDo() - done) / rate) + " min left" : "time left unknown";
            out.printf(
                    Locale.ROOT,
                    "Backfill %s: %d/%d symbols (%.1f/min, %s), fetched %d, rejected %d, retried %d%n",
                    summary.runKey(),
                    done,
                    summary.toDo(),
                    rate,
                    left,
                    summary.fetched(),
                    summary.rejected(),
                    summary.retried());
        }

        @Override
        public void close() {}
    }
}
