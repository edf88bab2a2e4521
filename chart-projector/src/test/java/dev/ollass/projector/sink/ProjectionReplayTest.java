package dev.ollass.projector.sink;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projector on the real local stack: ticks in, rows in MySQL and keys in Redis out; and the
 * architecture's promise that dropping the projections and replaying the topics rebuilds them
 * byte for byte.
 */
@UsesLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "logging.level.org.apache.kafka=WARN")
class ProjectionReplayTest {

    private static final Instant OBSERVED = Instant.parse("2021-04-16T08:00:00Z");

    @TempDir
    static Path stateDir;

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market_replay_test"));
        registry.add("spring.kafka.streams.state-dir", stateDir::toString);
        registry.add("ollass.projector.commit-interval", () -> "100ms");
        registry.add("ollass.projector.audit-cron", () -> "-");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void rebuildsTheSameRowsAndKeysWhenTheProjectionsAreDroppedAndReplayed() throws Exception {
        publish(
                tick("005930", "2021-04-15", "84100", OBSERVED),
                tick("005930", "2021-04-16", "83800", OBSERVED),
                tick("005930", "2021-04-16", "83900", OBSERVED.plusSeconds(60)), // a newer look at the same day
                tick("000660", "2021-04-16", "139500", OBSERVED));

        // Intermediate results may be sunk first; wait for the newest look at 2021-04-16 to land.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> dailyBars().size() == 3
                        && latestPrices().size() == 2
                        && String.valueOf(latestPrices().get("005930")).contains("83900")
                        && String.valueOf(dailyBars().get("005930|2021-04-16")).contains("83900")
                        // Redis is written right after MySQL, batch by batch.
                        && redisKeys()
                                .getOrDefault("market:latest-price:005930", "")
                                .contains("83900"));
        Map<String, Object> barsBefore = dailyBars();
        Map<String, Object> pricesBefore = latestPrices();
        Map<String, String> redisBefore = redisKeys();
        assertThat(barsBefore.get("005930|2021-04-16").toString()).contains("83900");
        assertThat(pricesBefore.get("005930").toString()).contains("83900").contains("2021-04-16");
        assertThat(redisBefore).containsOnlyKeys("market:latest-price:005930", "market:latest-price:000660");

        dropProjectionsAndReplay();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> dailyBars().equals(barsBefore)
                        && latestPrices().equals(pricesBefore)
                        && redisKeys().equals(redisBefore));
        assertThat(dailyBars()).isEqualTo(barsBefore);
        assertThat(latestPrices()).isEqualTo(pricesBefore);
        assertThat(redisKeys()).isEqualTo(redisBefore);
    }

    private void dropProjectionsAndReplay() throws Exception {
        listeners.stop();
        jdbc.sql("DELETE FROM daily_bar").update();
        jdbc.sql("DELETE FROM latest_price").update();
        redis.delete(redis.keys("market:*"));
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers()))) {
            admin.deleteConsumerGroups(List.of("daily-bar-sink", "latest-price-sink"))
                    .all()
                    .get();
        }
        listeners.start();
    }

    private Map<String, Object> dailyBars() {
        return rows("SELECT * FROM daily_bar", "symbol", "trading_date");
    }

    private Map<String, Object> latestPrices() {
        return rows("SELECT * FROM latest_price", "symbol");
    }

    private Map<String, Object> rows(String sql, String... keyColumns) {
        Map<String, Object> byKey = new TreeMap<>();
        for (Map<String, Object> row : jdbc.sql(sql).query().listOfRows()) {
            StringBuilder key = new StringBuilder();
            for (String column : keyColumns) {
                key.append(key.isEmpty() ? "" : "|").append(row.get(column));
            }
            byKey.put(key.toString(), new TreeMap<>(row).toString());
        }
        return byKey;
    }

    private Map<String, String> redisKeys() {
        Map<String, String> values = new TreeMap<>();
        for (String key : redis.keys("market:*")) {
            values.put(key, redis.opsForValue().get(key));
        }
        return values;
    }

    private static void publish(PriceTick... ticks) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(
                config,
                Topics.PRICE_TICKS.keySerde().serializer(),
                Topics.PRICE_TICKS.valueSerde().serializer())) {
            for (PriceTick tick : ticks) {
                producer.send(new ProducerRecord<>(Topics.PRICE_TICKS.name(), tick.symbol(), tick))
                        .get();
            }
        }
    }

    private static PriceTick tick(String symbol, String date, String close, Instant observedAt) {
        BigDecimal price = new BigDecimal(close);
        return new PriceTick(
                symbol,
                LocalDate.parse(date),
                "Asia/Seoul",
                "KRW",
                price,
                price.add(BigDecimal.TEN),
                price.subtract(BigDecimal.TEN),
                price,
                price,
                1_000_000L,
                "test",
                observedAt,
                InstrumentKind.STOCK);
    }
}
