package dev.ollass.projector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The projector survives the faults of a real deployment on the real local stack, while ticks flow: its own process
 * killed (SIGKILL, nothing committed or handed over), Redis down, MariaDB down, the broker restarted. Every time, in
 * the end each bar is the newest tick of its day and each latest price the newest close, in MySQL and in Redis:
 * nothing lost, nothing from an older tick, no row or key of its own.
 *
 * <p>A daily bar is the day's snapshot, newest observation winning (ticks carry the day's OHLCV), so a tick applied
 * twice cannot add up; what a fault could do is lose the newest tick or let an older one win, which the exact
 * close and volume of every bar would show.
 */
@UsesLocalStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectorFaultsOnTheLocalStackTest {

    private static final String SCHEMA = "market_faults_test";
    private static final String APPLICATION_ID = "faults-test";
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 4, 12);
    private static final int DAYS = 5;
    private static final int SYMBOLS = 10;
    private static final Instant OBSERVED = Instant.parse("2021-04-16T21:00:00Z");

    @TempDir
    static Path stateDirs;

    private static @Nullable ConfigurableApplicationContext projector;

    @AfterAll
    static void stopTheProjector() {
        if (projector != null) {
            projector.close();
        }
    }

    @Test
    @Order(1)
    void aProjectorKilledMidStreamIsReplacedAndTheBarsStayExact() throws Exception {
        LocalStack stack = LocalStackExtension.stack();
        Process killed = startInItsOwnProcess(stack);
        try {
            // Once the process projects (one round seen in MySQL), ticks flow, and it is killed on their way.
            JdbcClient jdbc = jdbc(stack);
            sendTicks("RDY", 1, Duration.ZERO).get(60, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> bars(jdbc, "RDY").size() == SYMBOLS);
            CompletableFuture<Integer> sent = sendTicks("KIL", 80, Duration.ofMillis(60));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> bars(jdbc, "KIL").size() > SYMBOLS);
            assertThat(sent)
                    .as("ticks still flowing when the projector is killed")
                    .isNotDone();
            killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            int rounds = sent.get(60, TimeUnit.SECONDS);
            projector = start(stack, "after-the-kill");
            awaitExact(jdbc, projector.getBean(StringRedisTemplate.class), "KIL", rounds);
        } finally {
            killed.destroyForcibly();
        }
    }

    @Test
    @Order(2)
    void mySqlKeepsUpWhileRedisIsDownAndRedisCatchesUpAfterwards() throws Exception {
        LocalStack stack = LocalStackExtension.stack();
        ConfigurableApplicationContext running = projector();
        JdbcClient jdbc = running.getBean(JdbcClient.class);
        // One tick per symbol, all during the outage: no later tick can overwrite what a sink would lose.
        stack.stop(LocalStack.Server.REDIS);
        try {
            int rounds = sendTicks("RED", 1, Duration.ZERO).get(60, TimeUnit.SECONDS);
            // The daily bars need MySQL only: all of them land while Redis is still away.
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(bars(jdbc, "RED")).isEqualTo(expectedBars("RED", rounds)));
            // Longer than a sink tries a record that fails for a reason of its own (3 tries, 2 s timeouts).
            Thread.sleep(7_000);
            assertThat(stack.isRunning(LocalStack.Server.REDIS)).isFalse();
        } finally {
            stack.startAgain(LocalStack.Server.REDIS);
        }
        awaitExact(jdbc, running.getBean(StringRedisTemplate.class), "RED", 1);
    }

    @Test
    @Order(3)
    void redisKeepsUpWhileMySqlIsDownAndMySqlCatchesUpAfterwards() throws Exception {
        LocalStack stack = LocalStackExtension.stack();
        ConfigurableApplicationContext running = projector();
        StringRedisTemplate redis = running.getBean(StringRedisTemplate.class);
        // One tick per symbol, all during the outage: no later tick can overwrite what a sink would lose.
        stack.stop(LocalStack.Server.MARIADB);
        try {
            int rounds = sendTicks("SQL", 1, Duration.ZERO).get(60, TimeUnit.SECONDS);
            // The latest prices in Redis have a sink of their own: they land while MySQL is still away.
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(redisPrices(redis, "SQL")).isEqualTo(expectedLatest("SQL", rounds)));
            // Longer than a sink tries a record that fails for a reason of its own (3 tries, 2 s timeouts).
            Thread.sleep(7_000);
            assertThat(stack.isRunning(LocalStack.Server.MARIADB)).isFalse();
        } finally {
            stack.startAgain(LocalStack.Server.MARIADB);
        }
        awaitExact(running.getBean(JdbcClient.class), redis, "SQL", 1);
    }

    @Test
    @Order(4)
    void theProjectionsStayExactOverABrokerRestart() throws Exception {
        LocalStack stack = LocalStackExtension.stack();
        ConfigurableApplicationContext running = projector();
        CompletableFuture<Integer> sent = sendTicks("BRK", 40, Duration.ofMillis(50));
        Thread.sleep(700);
        stack.stop(LocalStack.Server.KAFKA);
        try {
            Thread.sleep(3_000);
        } finally {
            stack.startAgain(LocalStack.Server.KAFKA);
        }
        sent.get(120, TimeUnit.SECONDS);
        awaitExact(running.getBean(JdbcClient.class), running.getBean(StringRedisTemplate.class), "BRK", 40);
    }

    private static ConfigurableApplicationContext projector() {
        if (projector == null) {
            projector = start(LocalStackExtension.stack(), "alone");
        }
        return projector;
    }

    /**
     * {@code rounds} rounds of one tick per symbol, round r for day r mod 5 with close and volume 1000 + r, observed
     * r seconds after the first: the last round of each day is its newest tick. Sent without waiting for each, as an
     * ingestor does; the future completes with the number of rounds once every tick is acknowledged.
     */
    private static CompletableFuture<Integer> sendTicks(String prefix, int rounds, Duration pause) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (var producer = new KafkaProducer<>(
                            Map.<String, Object>of(
                                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    LocalStackExtension.stack().kafkaBootstrapServers(),
                                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                    120_000),
                            Topics.PRICE_TICKS.keySerde().serializer(),
                            Topics.PRICE_TICKS.valueSerde().serializer())) {
                        for (int round = 0; round < rounds; round++) {
                            for (int s = 0; s < SYMBOLS; s++) {
                                String symbol = prefix + s;
                                producer.send(
                                        new ProducerRecord<>(Topics.PRICE_TICKS.name(), symbol, tick(symbol, round)));
                            }
                            Thread.sleep(pause.toMillis());
                        }
                        producer.flush();
                        return rounds;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                },
                Thread.ofPlatform().daemon().name("fault-test-ticks-" + prefix)::start);
    }

    private static void awaitExact(JdbcClient jdbc, StringRedisTemplate redis, String prefix, int rounds) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions() // a server just started again may refuse a moment longer
                .untilAsserted(() -> {
                    assertThat(bars(jdbc, prefix)).isEqualTo(expectedBars(prefix, rounds));
                    assertThat(latestPrices(jdbc, prefix)).isEqualTo(expectedLatest(prefix, rounds));
                    assertThat(redisPrices(redis, prefix)).isEqualTo(expectedLatest(prefix, rounds));
                });
    }

    private static Map<String, String> expectedBars(String prefix, int rounds) {
        Map<String, String> expected = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < SYMBOLS; s++) {
                int value = 1000 + round;
                expected.put(prefix + s + "|" + day(round), value + " x " + value);
            }
        }
        return expected;
    }

    private static Map<String, String> expectedLatest(String prefix, int rounds) {
        // The close of the latest trading day, as its newest tick gave it.
        int newest = 0;
        for (int round = 1; round < rounds; round++) {
            if (!day(round).isBefore(day(newest))) {
                newest = round;
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (int s = 0; s < SYMBOLS; s++) {
            expected.put(prefix + s, (1000 + newest) + " on " + day(newest));
        }
        return expected;
    }

    private static Map<String, String> bars(JdbcClient jdbc, String prefix) {
        Map<String, String> bars = new TreeMap<>();
        jdbc.sql("SELECT symbol, trading_date, close_price, volume FROM daily_bar WHERE symbol LIKE :prefix")
                .param("prefix", prefix + "%")
                .query((rs, row) -> bars.put(
                        rs.getString("symbol") + "|" + rs.getObject("trading_date", LocalDate.class),
                        plain(rs.getBigDecimal("close_price")) + " x " + rs.getLong("volume")))
                .list();
        return bars;
    }

    private static Map<String, String> latestPrices(JdbcClient jdbc, String prefix) {
        Map<String, String> prices = new TreeMap<>();
        jdbc.sql("SELECT symbol, price, trading_date FROM latest_price WHERE symbol LIKE :prefix")
                .param("prefix", prefix + "%")
                .query((rs, row) -> prices.put(
                        rs.getString("symbol"),
                        plain(rs.getBigDecimal("price")) + " on " + rs.getObject("trading_date", LocalDate.class)))
                .list();
        return prices;
    }

    private static Map<String, String> redisPrices(StringRedisTemplate redis, String prefix) {
        Map<String, String> prices = new TreeMap<>();
        for (String key : redis.keys("market:latest-price:" + prefix + "*")) {
            String json = String.valueOf(redis.opsForValue().get(key));
            String price = json.replaceAll(".*\"price\":([0-9.]+).*", "$1");
            String day = json.replaceAll(".*\"tradingDate\":\"([0-9-]+)\".*", "$1");
            prices.put(key.substring("market:latest-price:".length()), plain(new BigDecimal(price)) + " on " + day);
        }
        return prices;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static LocalDate day(int round) {
        return FIRST_DAY.plusDays(round % DAYS);
    }

    private static PriceTick tick(String symbol, int round) {
        BigDecimal price = BigDecimal.valueOf(1000L + round);
        return new PriceTick(
                symbol,
                day(round),
                "America/New_York",
                "USD",
                price,
                price,
                price,
                price,
                price,
                1000L + round,
                "test",
                OBSERVED.plusSeconds(round),
                InstrumentKind.STOCK);
    }

    private static List<String> arguments(LocalStack stack, String name) {
        List<String> args = new ArrayList<>();
        stack.serviceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--spring.datasource.url=" + stack.jdbcUrl(SCHEMA));
        args.add("--spring.kafka.streams.application-id=" + APPLICATION_ID);
        args.add("--spring.kafka.streams.state-dir=" + stateDirs.resolve(name));
        args.add("--ollass.projector.commit-interval=100ms");
        args.add("--ollass.projector.sink-retry-interval=200ms");
        args.add("--ollass.projector.sink-max-outage-interval=1s");
        args.add("--ollass.projector.audit.scheduled=false");
        // A killed member leaves its groups when its session times out: seconds, not the default 45.
        args.add("--spring.kafka.consumer.properties.session.timeout.ms=6000");
        args.add("--spring.kafka.consumer.properties.heartbeat.interval.ms=1000");
        args.add("--spring.kafka.streams.properties.session.timeout.ms=6000");
        args.add("--spring.kafka.streams.properties.heartbeat.interval.ms=1000");
        args.add("--spring.datasource.hikari.connection-timeout=2000");
        args.add("--spring.data.redis.timeout=2s");
        args.add("--logging.level.org.apache.kafka=WARN");
        return args;
    }

    private static ConfigurableApplicationContext start(LocalStack stack, String name) {
        return new SpringApplicationBuilder(ChartProjectorApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments(stack, name).toArray(String[]::new));
    }

    /** The projector in a JVM of its own, on this test's class path, so that it can be killed as a crash would. */
    private static Process startInItsOwnProcess(LocalStack stack) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xmx256m");
        command.add(ChartProjectorApplication.class.getName());
        command.addAll(arguments(stack, "killed"));
        command.add("--spring.main.web-application-type=none");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(stateDirs.resolve("killed.log").toFile())
                .start();
    }

    private static JdbcClient jdbc(LocalStack stack) {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                stack.jdbcUrl(SCHEMA), stack.jdbcUser(), stack.jdbcPassword());
        return JdbcClient.create(dataSource);
    }
}
