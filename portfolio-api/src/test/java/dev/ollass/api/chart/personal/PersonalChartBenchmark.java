package dev.ollass.api.chart.personal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.asset.ChartTrades;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every personal chart of a user with 10,000 transactions over 200 symbols on the local stack, server side
 * (the API's own {@code http.server.requests} timer): cold (computed: SQL, market reader, holdings calculation,
 * chart, JSON; after the user's version is bumped as an edit bumps it) and warm (the kept answer), beside
 * {@code GET /health} in the same run. Runs only when asked:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl portfolio-api -am -DskipPitest -Djacoco.skip=true verify \
 *     -Dtest=PersonalChartBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dollass.bench=charts
 * }</pre>
 *
 * The market is synthetic (deterministic random): 100 US and 100 Korean stocks with a daily bar every weekday of
 * the last year and on every trade date since 2017, a latest price each, a 4:1 split in every tenth, quarterly
 * dividends, USDKRW and KOSPI every weekday; a fifth of the trades sells of 5 shares, never more than held.
 */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "ollass.auth.outbox-interval=1h",
            "ollass.asset.market-clock=2021-04-16T23:00:00+09:00",
            // As in production: the tests' own configuration reads the market version for every request.
            "ollass.market.version-refresh=500ms"
        })
@EnabledIfSystemProperty(named = "ollass.bench", matches = "charts")
class PersonalChartBenchmark {

    static final int SYMBOLS = 200;
    static final int TRADES = 10_000;
    static final int COLD_RUNS = 5;
    static final int WARM_RUNS = 50;
    static final LocalDate START = LocalDate.parse("2017-01-02");
    static final LocalDate YEAR_AGO = LocalDate.parse("2020-04-01");
    static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl(ChartMarket.SCHEMA));
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    @PortfolioDatabase
    JdbcClient portfolio;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void printsColdAndWarmFiguresOfEveryChartForTenThousandTransactions() throws Exception {
        ChartMarket.seed();
        String load = loadAverage();
        String token = signUp();
        long userId =
                portfolio.sql("SELECT MAX(id) FROM `user`").query(Long.class).single();
        long seedStart = System.nanoTime();
        seed(userId);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        double[] health = new double[WARM_RUNS * 4];
        for (int run = 0; run < health.length; run++) {
            health[run] = serverMillis("/health", "/health", null);
        }
        // One pass over every chart first (the JIT compiles the calculation meanwhile): "first" is each chart's
        // first answer in this JVM; the measured cold runs come after every chart has run once.
        Map<String, Double> firsts = new HashMap<>();
        for (String chart : PersonalChartsOnTheLocalStackTest.CHARTS) {
            String path = "/api/chart/v1" + chart;
            firsts.put(chart, serverMillis(path, path.replaceAll("\\?.*", ""), token));
        }
        StringBuilder table = new StringBuilder();
        boolean allPass = true;
        for (String chart : PersonalChartsOnTheLocalStackTest.CHARTS) {
            String path = "/api/chart/v1" + chart;
            String uri = path.replaceAll("\\?.*", "");
            double first = firsts.get(chart);
            double[] cold = new double[COLD_RUNS];
            for (int run = 0; run < COLD_RUNS; run++) {
                redis.opsForValue().increment(ChartTrades.versionKey(userId));
                cold[run] = serverMillis(path, uri, token);
            }
            double[] warm = new double[WARM_RUNS];
            for (int run = 0; run < WARM_RUNS; run++) {
                warm[run] = serverMillis(path, uri, token);
            }
            boolean pass = median(cold) < 1000 && median(warm) < 10;
            allPass &= pass;
            table.append(String.format(
                    Locale.ROOT,
                    "  %-40s %9.1f %9.1f %9.1f %9.2f %9.2f %7.1f ×  %s%n",
                    chart,
                    first,
                    median(cold),
                    max(cold),
                    median(warm),
                    percentile(warm, 0.9),
                    median(warm) / median(health),
                    pass ? "PASS" : "FAIL"));
        }
        System.out.printf(
                Locale.ROOT,
                """

                Personal charts, %d transactions over %d symbols, server-side time in ms (http.server.requests of the
                API, in-process on the local stack; seeded in %,d ms). First: the chart's first answer in this JVM (one pass
                over all charts, JIT cold); cold: computed, after the user's version is bumped as an edit bumps it
                (median and max of %d); warm: the kept answer (median and p90 of %d).
                Targets: cold < 1000 ms, warm < 10 ms.
                  %-40s %9s %9s %9s %9s %9s %9s
                %s  GET /health, median of %d: %.2f ms
                  all charts within the targets: %s
                Load average before: %s; after: %s
                """,
                TRADES,
                SYMBOLS,
                seedMillis,
                COLD_RUNS,
                WARM_RUNS,
                "chart",
                "first",
                "cold",
                "cold max",
                "warm",
                "warm p90",
                "/health",
                table,
                health.length,
                median(health),
                allPass ? "yes" : "no",
                load,
                loadAverage());
        assertThat(median(health)).isPositive();
    }

    private String signUp() throws Exception {
        String body = JsonMapper.builder()
                .build()
                .writeValueAsString(Map.of(
                        "email",
                        "bench-" + UUID.randomUUID() + "@example.com",
                        "password",
                        "correct horse battery staple"));
        var answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/v1/local/signup"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(201);
        return JsonMapper.builder()
                .build()
                .readTree(answer.body())
                .path("access_token")
                .asString();
    }

    /** The server's time for one GET, from its own timer. */
    private double serverMillis(String path, String uri, String token) throws Exception {
        Timer timer = meters.find("http.server.requests").tag("uri", uri).timer();
        long count = timer == null ? 0 : timer.count();
        double total = timer == null ? 0 : timer.totalTime(TimeUnit.NANOSECONDS);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            timer = meters.find("http.server.requests").tag("uri", uri).timer();
            if (timer != null && timer.count() > count) {
                return (timer.totalTime(TimeUnit.NANOSECONDS) - total) / 1e6;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no http.server.requests timer of " + uri);
            }
            Thread.onSpinWait();
        }
    }

    private void seed(long userId) {
        LocalStack stack = LocalStackExtension.stack();
        JdbcClient market = JdbcClient.create(
                new DriverManagerDataSource(stack.jdbcUrl(ChartMarket.SCHEMA), stack.jdbcUser(), stack.jdbcPassword()));
        Random random = new Random(11);
        List<LocalDate> days = weekdays(START);
        List<LocalDate> lastYear = weekdays(YEAR_AGO);
        Rows bars = new Rows(market, "daily_bar");
        for (LocalDate day : days) {
            bars.bar("USDKRW", "FX", day, new BigDecimal(1050 + random.nextInt(200)), "KRW");
        }
        for (LocalDate day : lastYear) {
            bars.bar("KS11", "INDEX", day, new BigDecimal(2800 + random.nextInt(400)), "KRW");
        }
        List<String> codes = new ArrayList<>();
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
            for (LocalDate day : lastYear) {
                bars.bar(code, "STOCK", day, price(random, us), us ? "USD" : "KRW");
            }
        }
        Rows lines = new Rows(portfolio, "asset_line");
        Map<String, BigDecimal> held = new HashMap<>();
        for (int i = 0; i < TRADES; i++) {
            String code = codes.get(i % SYMBOLS);
            boolean us = !Character.isDigit(code.charAt(0));
            LocalDate day = days.get(Math.min(days.size() - 1, (i / SYMBOLS) * days.size() / (TRADES / SYMBOLS)));
            BigDecimal close = price(random, us);
            bars.bar(code, "STOCK", day, close, us ? "USD" : "KRW");
            BigDecimal have = held.getOrDefault(code, BigDecimal.ZERO);
            boolean sell = random.nextInt(5) == 0 && have.compareTo(BigDecimal.TEN) >= 0;
            BigDecimal quantity = BigDecimal.valueOf(sell ? 5 : 1 + random.nextInt(20));
            held.put(code, sell ? have.subtract(quantity) : have.add(quantity));
            lines.line(userId, code, day, sell ? "SELL" : "BUY", quantity, close, us ? "USD" : "KRW");
        }
        bars.flush();
        lines.flush();
    }

    private static BigDecimal price(Random random, boolean us) {
        return us ? BigDecimal.valueOf(20 + random.nextInt(300)) : BigDecimal.valueOf(5_000 + random.nextInt(200_000));
    }

    private static List<LocalDate> weekdays(LocalDate from) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    /** Multi-row INSERT IGNOREs of 500 rows: a row already there is kept. */
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

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double share) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(share * sorted.length))];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.2f", load);
    }
}
