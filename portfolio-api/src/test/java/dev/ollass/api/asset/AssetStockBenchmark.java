package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code GET /assetstock} of a portfolio of 10,000 transactions over 200 symbols on the local stack, server
 * side: cold (the answer computed: SQL, market reader, calculation, JSON) and warm (the kept answer), from the
 * server's own {@code http.server.requests} timer; then its requests/s under concurrent load beside
 * {@code GET /health}, measured in turns in the same run. Runs only when asked:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl portfolio-api -am -DskipPitest -Djacoco.skip=true verify \
 *     -Dtest=AssetStockBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dollass.bench=assetstock
 * }</pre>
 *
 * The market is synthetic (deterministic random): 100 US and 100 Korean stocks, a daily bar on each day
 * one of them is traded, a latest price each, a 4:1 split in every tenth, quarterly dividends, a USDKRW
 * bar every weekday from 2017 to 2021-04-16 (the market clock). The lines are inserted with SQL: a fifth of
 * them sells of 5 shares, never more than held.
 */
@EnabledIfSystemProperty(named = "ollass.bench", matches = "assetstock|assets")
// As in production: the tests' own configuration reads the market version for every request.
@TestPropertySource(properties = "ollass.market.version-refresh=500ms")
class AssetStockBenchmark extends AssetStackTest {

    static final int SYMBOLS = 200;
    static final int TRADES = 10_000;
    static final int COLD_RUNS = 15;
    /** Cold computations before the measured ones, unmeasured: the JIT's warm-up, as in any server that has run a while. */
    static final int COLD_WARMUP = 20;

    static final int WARM_RUNS = 200;
    static final int LOAD_THREADS = 8;
    static final Duration LOAD_PHASE = Duration.ofSeconds(5);
    static final int LOAD_ROUNDS = 3;
    static final LocalDate START = LocalDate.parse("2017-01-02");
    static final LocalDate TODAY = LocalDate.parse("2021-04-16");
    static final String ASSETS = "/api/asset/v1/assetstock";

    @Autowired
    MeterRegistry meters;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    @PortfolioDatabase
    JdbcClient portfolio;

    private final HttpClient http = HttpClient.newBuilder().build();

    @Test
    void printsColdWarmAndLoadFiguresOfTenThousandTransactionsOverTwoHundredSymbols() throws Exception {
        String load = loadAverage();
        String token = api.signUp();
        long userId =
                portfolio.sql("SELECT MAX(id) FROM `user`").query(Long.class).single();
        long seedStart = System.nanoTime();
        seed(userId);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        // Cold: the answer computed. The first in this JVM; then, after COLD_WARMUP unmeasured ones (the JIT still
        // compiles the calculation during the first few: a server that has answered a few tables is past that),
        // each after the user's version is bumped, exactly as a change of the user's lines does.
        double first = serverMillis(token);
        for (int run = 0; run < COLD_WARMUP; run++) {
            coldMillis(userId, token);
        }
        double[] cold = new double[COLD_RUNS];
        for (int run = 0; run < COLD_RUNS; run++) {
            cold[run] = coldMillis(userId, token);
        }
        double[] warm = new double[WARM_RUNS];
        for (int run = 0; run < WARM_RUNS; run++) {
            warm[run] = serverMillis(token);
        }
        double[] health = new double[WARM_RUNS];
        for (int run = 0; run < WARM_RUNS; run++) {
            health[run] = serverMillis("/health", null);
        }
        int bytes = get(ASSETS, token).body().length;

        // Load: the same threads on one endpoint at a time, in turns, after one unmeasured turn of each.
        rate("/health", null);
        rate(ASSETS, token);
        double[] healthRates = new double[LOAD_ROUNDS];
        double[] assetRates = new double[LOAD_ROUNDS];
        for (int round = 0; round < LOAD_ROUNDS; round++) {
            healthRates[round] = rate("/health", null);
            assetRates[round] = rate(ASSETS, token);
        }
        double[] ratios = new double[LOAD_ROUNDS];
        for (int round = 0; round < LOAD_ROUNDS; round++) {
            ratios[round] = assetRates[round] / healthRates[round];
        }

        System.out.printf(
                Locale.ROOT,
                """

                GET /assetstock, %d transactions over %d symbols (answer %,d bytes gzipped, as a browser gets it), server-side time
                  (http.server.requests of the API, in-process on the local stack; seeded in %,d ms)
                  first in this JVM (cold, JIT cold):    %8.1f ms
                  cold (computed), median of %d after %d: %8.1f ms   (min %.1f, max %.1f)   target < 200 ms  %s
                  warm (kept answer), median of %d:     %8.2f ms   (p90 %.2f, max %.2f)   target < 10 ms   %s
                  GET /health, median of %d:            %8.2f ms
                  warm / health:                          %8.1f ×
                Under load, %d client threads, %d s per turn, %d turns each (medians):
                  GET /health:                          %,8.0f requests/s  (%s)
                  GET /assetstock (warm):               %,8.0f requests/s  (%s)
                  assetstock / health, turn by turn:    %8.0f %%
                Load average before: %s; after: %s
                """,
                TRADES,
                SYMBOLS,
                bytes,
                seedMillis,
                first,
                COLD_RUNS,
                COLD_WARMUP,
                median(cold),
                min(cold),
                max(cold),
                median(cold) < 200 ? "PASS" : "FAIL",
                WARM_RUNS,
                median(warm),
                percentile(warm, 0.9),
                max(warm),
                median(warm) < 10 ? "PASS" : "FAIL",
                WARM_RUNS,
                median(health),
                median(warm) / median(health),
                LOAD_THREADS,
                LOAD_PHASE.toSeconds(),
                LOAD_ROUNDS,
                median(healthRates),
                list(healthRates),
                median(assetRates),
                list(assetRates),
                median(ratios) * 100,
                load,
                loadAverage());
        assertThat(bytes).isGreaterThan(100_000);
    }

    /** The server's time for one GET, from its own timer (the client's latency is not asked for). */
    private double serverMillis(String token) throws Exception {
        return serverMillis(ASSETS, token);
    }

    /** The server's time for a GET computed afresh: the user's version bumped first, as a change of a line does. */
    private double coldMillis(long userId, String token) throws Exception {
        redis.opsForValue().increment(AssetStockCache.versionKey(userId));
        return serverMillis(token);
    }

    private double serverMillis(String path, String token) throws Exception {
        Timer timer = meters.find("http.server.requests").tag("uri", path).timer();
        long count = timer == null ? 0 : timer.count();
        double total = timer == null ? 0 : timer.totalTime(TimeUnit.NANOSECONDS);
        HttpResponse<byte[]> answer = get(path, token);
        assertThat(answer.statusCode()).isEqualTo(200);
        // The server records the request just after it has written the answer.
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            timer = meters.find("http.server.requests").tag("uri", path).timer();
            if (timer != null && timer.count() > count) {
                return (timer.totalTime(TimeUnit.NANOSECONDS) - total) / 1e6;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no http.server.requests timer of " + path);
            }
            Thread.onSpinWait();
        }
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Requests/s of one endpoint with {@link #LOAD_THREADS} threads, each sending its next GET on an answer. */
    private double rate(String path, String token) throws InterruptedException {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(LOAD_THREADS);
        List<Throwable> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < LOAD_THREADS; t++) {
            Thread.ofPlatform().start(() -> {
                try {
                    while (!stop.get()) {
                        if (get(path, token).statusCode() != 200) {
                            throw new AssertionError("not 200 from " + path);
                        }
                        done.increment();
                    }
                } catch (Exception | AssertionError e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    finished.countDown();
                }
            });
        }
        Thread.sleep(LOAD_PHASE);
        stop.set(true);
        finished.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(failures).isEmpty();
        return done.sum() / seconds;
    }

    private void seed(long userId) {
        LocalStack stack = LocalStackExtension.stack();
        JdbcClient market = JdbcClient.create(
                new DriverManagerDataSource(stack.jdbcUrl(AssetMarket.SCHEMA), stack.jdbcUser(), stack.jdbcPassword()));
        Random random = new Random(11);
        List<LocalDate> days = tradingDays();
        Rows fx = new Rows(market, "daily_bar");
        for (LocalDate day : days) {
            fx.bar("USDKRW", "FX", day, new BigDecimal(1050 + random.nextInt(200)), "KRW");
        }
        fx.flush();
        List<String> codes = new ArrayList<>();
        Rows bars = new Rows(market, "daily_bar");
        for (int s = 0; s < SYMBOLS; s++) {
            boolean us = s % 2 == 0;
            String code = us ? "US" + s : String.format("%06d", s);
            codes.add(code);
            market.sql("""
                            INSERT INTO stock (code, name_kr, name_en, country, market_index, yahoo_ticker, source,
                                               observed_at)
                            VALUES (?, ?, ?, ?, ?, ?, 'bench', '2021-04-16 00:00:00')
                            """)
                    .params(
                            code,
                            "종목" + s,
                            "Stock " + s,
                            us ? "USA" : "Korea",
                            us ? "NASDAQ" : "KOSPI",
                            us ? code : code + ".KS")
                    .update();
            market.sql("""
                            INSERT INTO latest_price (symbol, kind, price, currency, trading_date, exchange_time_zone,
                                                      source, observed_at)
                            VALUES (?, 'STOCK', ?, ?, '2021-04-16', ?, 'bench', '2021-04-16 07:00:00')
                            """)
                    .params(code, price(random, us), us ? "USD" : "KRW", us ? "America/New_York" : "Asia/Seoul")
                    .update();
            if (s % 10 == 0) {
                market.sql("INSERT INTO split (symbol, ex_date, numerator, denominator, source, observed_at)"
                                + " VALUES (?, '2020-08-31', 4, 1, 'bench', '2020-09-01 00:00:00')")
                        .param(code)
                        .update();
            }
            for (LocalDate ex = START.plusDays(40); ex.isBefore(TODAY); ex = ex.plusMonths(3)) {
                market.sql("INSERT INTO dividend (symbol, ex_date, amount, currency, source, observed_at)"
                                + " VALUES (?, ?, ?, ?, 'bench', '2021-04-16 00:00:00')")
                        .params(code, ex, us ? "0.2" : "350", us ? "USD" : "KRW")
                        .update();
            }
        }
        Rows lines = new Rows(portfolio, "asset_line");
        Map<String, BigDecimal> held = new HashMap<>();
        Map<String, LocalDate> barred = new HashMap<>();
        for (int i = 0; i < TRADES; i++) {
            String code = codes.get(i % SYMBOLS);
            boolean us = !Character.isDigit(code.charAt(0));
            LocalDate day = days.get(Math.min(days.size() - 1, (i / SYMBOLS) * days.size() / (TRADES / SYMBOLS)));
            BigDecimal close = price(random, us);
            if (!day.equals(barred.put(code, day))) {
                bars.bar(code, "STOCK", day, close, us ? "USD" : "KRW");
            }
            BigDecimal have = held.getOrDefault(code, BigDecimal.ZERO);
            boolean sell = random.nextInt(5) == 0 && have.compareTo(BigDecimal.TEN) >= 0;
            BigDecimal quantity = BigDecimal.valueOf(sell ? 5 : 1 + random.nextInt(20));
            held.put(code, sell ? have.subtract(quantity) : have.add(quantity));
            lines.line(userId, code, day, sell ? "SELL" : "BUY", quantity, close, us ? "USD" : "KRW");
        }
        bars.flush();
        lines.flush();
    }

    /** Multi-row INSERTs of 500 rows; a row already there (the small market's USDKRW bars) is kept. */
    private static final class Rows {
        private final JdbcClient sql;
        private final String table;
        private final List<Object[]> rows = new ArrayList<>();

        Rows(JdbcClient sql, String table) {
            this.sql = sql;
            this.table = table;
        }

        void bar(String symbol, String kind, LocalDate day, BigDecimal close, String currency) {
            add(new Object[] {symbol, kind, day, currency, close, close, close, close, close, 1000, "bench", day});
        }

        void line(
                long userId,
                String code,
                LocalDate day,
                String side,
                BigDecimal quantity,
                BigDecimal price,
                String currency) {
            add(new Object[] {userId, "TRADE", code, day, side, quantity, price, currency, "일반계좌", "토스증권"});
        }

        private void add(Object[] row) {
            rows.add(row);
            if (rows.size() == 500) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            String columns = table.equals("daily_bar")
                    ? "(symbol, kind, trading_date, currency, open_price, high_price, low_price, close_price,"
                            + " adj_close_price, volume, source, observed_at)"
                    : "(user_id, kind, stock_code, trade_date, trade, quantity, trade_price, purchase_currency_type,"
                            + " account_type, investment_bank)";
            int width = rows.getFirst().length;
            String one = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
            StringBuilder text = new StringBuilder("INSERT IGNORE INTO " + table + " " + columns + " VALUES ");
            List<Object> values = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                text.append(r == 0 ? "" : ", ").append(one);
                values.addAll(Arrays.asList(rows.get(r)));
            }
            sql.sql(text.toString()).params(values).update();
            rows.clear();
        }
    }

    private static BigDecimal price(Random random, boolean us) {
        return us
                ? new BigDecimal((20 + random.nextInt(300)) + "." + random.nextInt(100))
                : BigDecimal.valueOf(1000L * (10 + random.nextInt(500)));
    }

    private static List<LocalDate> tradingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(TODAY); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String list(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", value));
        }
        return text.toString();
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double share) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
