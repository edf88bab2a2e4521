package dev.ollass.projector.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.replay.ProjectionReplay;
import dev.ollass.projector.replay.ReplayProgress;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KafkaStreams;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projector on the real local stack: ticks and corporate actions in, rows in MySQL and keys in
 * Redis out; the architecture's promise that dropping the projections and replaying the topics
 * rebuilds them byte for byte; and the sinks' promise that a record they cannot write goes to a
 * dead-letter topic with its reason while the others are written. Both tests share one running
 * projector (one consumer group per sink), so each looks only at its own symbols.
 */
// Closed after the class, while the broker still runs: its sinks leave their groups at once.
@DirtiesContext
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
        registry.add("ollass.projector.audit.scheduled", () -> "false");
        registry.add("ollass.projector.sink-retry-interval", () -> "100ms");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ProjectionReplay replay;

    @Autowired
    MarketVersion version;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void rebuildsTheSameRowsAndKeysWhenTheProjectionsAreDroppedAndReplayed() throws Exception {
        publishTicks(
                tick("005930", "2021-04-15", "84100", OBSERVED),
                tick("005930", "2021-04-16", "83800", OBSERVED),
                tick("005930", "2021-04-16", "83900", OBSERVED.plusSeconds(60)), // a newer look at the same day
                closedAboveItsHigh("000660", "2021-04-15"),
                tick("000660", "2021-04-16", "139500", OBSERVED),
                series("KS11", InstrumentKind.INDEX, "2021-04-16", "3198.62011718750000", "KRW"),
                series("USDKRW", InstrumentKind.FX, "2021-04-16", "1116.9200439453125", "KRW"));
        publishActions(
                dividend("005930", "2020-12-28", "1932", OBSERVED.plusSeconds(60)),
                // An older observation published later: the newer one above still wins, in any order.
                dividend("005930", "2020-12-28", "361", OBSERVED),
                split("005930", "2018-05-04", 50, 1));

        // Intermediate results may be sunk first; wait for the newest look at 2021-04-16 to land.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> dailyBars()
                                .keySet()
                                .containsAll(List.of(
                                        "005930|STOCK|2021-04-16",
                                        "USDKRW|FX|2021-04-16",
                                        "000660|STOCK|2021-04-15",
                                        "000660|STOCK|2021-04-16"))
                        && String.valueOf(latestPrices().get("005930|STOCK")).contains("83900")
                        && String.valueOf(dailyBars().get("005930|STOCK|2021-04-16"))
                                .contains("83900")
                        && latestPrices().containsKey("KS11|INDEX")
                        && dividends().containsKey("005930|2020-12-28")
                        && splits().containsKey("005930|2018-05-04")
                        // Redis is written right after MySQL, batch by batch.
                        && redisKeys()
                                .getOrDefault("market:latest-price:005930", "")
                                .contains("83900")
                        && redisKeys().containsKey("market:latest-fx:USDKRW"));
        Map<String, Object> barsBefore = dailyBars();
        Map<String, Object> pricesBefore = latestPrices();
        Map<String, Object> dividendsBefore = dividends();
        Map<String, Object> splitsBefore = splits();
        Map<String, String> redisBefore = redisKeys();
        assertThat(barsBefore.get("KS11|INDEX|2021-04-16").toString()).contains("close_price=3198.6201171875000000");
        assertThat(barsBefore.get("000660|STOCK|2021-04-15").toString())
                .contains("suspect_reasons=CLOSE_OUTSIDE_RANGE");
        assertThat(barsBefore.get("000660|STOCK|2021-04-16").toString()).contains("suspect_reasons=null");
        assertThat(pricesBefore.get("005930|STOCK").toString())
                .contains("83900")
                .contains("2021-04-16");
        assertThat(pricesBefore.get("USDKRW|FX").toString()).contains("price=1116.9200439453125000");
        assertThat(dividendsBefore.get("005930|2020-12-28").toString()).contains("amount=1932.0000000000000000");
        assertThat(splitsBefore.get("005930|2018-05-04").toString())
                .contains("numerator=50")
                .contains("denominator=1");
        assertThat(redisBefore)
                .containsKeys(
                        "market:latest-price:005930",
                        "market:latest-price:000660",
                        "market:latest-index:KS11",
                        "market:latest-fx:USDKRW")
                .doesNotContainKeys("market:latest-price:KS11", "market:latest-price:USDKRW");
        assertThat(redisBefore.get("market:latest-index:KS11")).contains("\"kind\":\"INDEX\"");

        String digestBefore = digestOfTheProjections();

        // The operator's replay, dropping everything first: the same rows and keys, byte for byte.
        ReplayProgress started = replay.start(null, List.of(), true);
        assertThat(started.state()).isEqualTo("RUNNING");
        assertThat(started.wiped()).isTrue();
        assertThat(started.total()).isPositive();
        ReplayProgress done = awaitReplayDone();
        assertThat(done.replayed()).isEqualTo(done.total());
        assertThat(done.partitions())
                .allSatisfy(partition -> assertThat(partition.committed()).isGreaterThanOrEqualTo(partition.target()));
        assertThat(done.line()).startsWith("DONE").contains("records/s");
        assertThat(dailyBars()).isEqualTo(barsBefore);
        assertThat(latestPrices()).isEqualTo(pricesBefore);
        assertThat(dividends()).isEqualTo(dividendsBefore);
        assertThat(splits()).isEqualTo(splitsBefore);
        assertThat(redisKeys()).isEqualTo(redisBefore);
        assertThat(digestOfTheProjections()).isEqualTo(digestBefore);

        // Again, in place (what is served stays served): the same digest.
        replay.start(null, List.of(), false);
        awaitReplayDone();
        assertThat(digestOfTheProjections()).isEqualTo(digestBefore);

        // Only some symbols dropped first, and a replay from a time: still the same in the end.
        replay.start(null, List.of("005930", "USDKRW"), false);
        awaitReplayDone();
        assertThat(digestOfTheProjections()).isEqualTo(digestBefore);
        ReplayProgress fromNow = replay.start(Instant.now(), List.of(), false);
        assertThat(fromNow.total()).isZero();
        assertThat(awaitReplayDone().state()).isEqualTo("DONE");
        assertThat(digestOfTheProjections()).isEqualTo(digestBefore);
    }

    private ReplayProgress awaitReplayDone() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(replay.progress().line()).startsWith("DONE"));
        return replay.progress();
    }

    /** SHA-256 of every market table's rows and every market key's value, sorted by natural key. */
    private String digestOfTheProjections() throws Exception {
        String content = List.of(dailyBars(), latestPrices(), dividends(), splits(), redisKeys())
                .toString();
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bumpsTheMarketVersionTheApiKeysItsAnswersByAfterEachBatchItWrites() throws Exception {
        long before = version.current();
        // A split alone, with no new price: the API's kept answers must not outlive it.
        publishActions(split("000270", "2021-04-16", 5, 1));
        await().atMost(Duration.ofSeconds(60)).until(() -> splits().containsKey("000270|2021-04-16"));
        await().atMost(Duration.ofSeconds(10)).until(() -> version.current() > before);

        long afterSplit = version.current();
        publishTicks(tick("000270", "2021-04-16", "88000", OBSERVED));
        await().atMost(Duration.ofSeconds(60)).until(() -> dailyBars().containsKey("000270|STOCK|2021-04-16"));
        await().atMost(Duration.ofSeconds(10)).until(() -> version.current() > afterSplit);
    }

    @Test
    void measuresHowSoonEachRecordIsVisibleInMySqlAndRedisAndExposesStreamsEndToEndLatency() throws Exception {
        publishTicks(tick("005380", "2021-04-16", "240000", OBSERVED));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> dailyBars().containsKey("005380|STOCK|2021-04-16")
                        && redisKeys().containsKey("market:latest-price:005380"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(freshness("mysql", Topics.DAILY_BARS.name()).count()).isPositive();
            assertThat(freshness("mysql", Topics.LATEST_PRICES.name()).count()).isPositive();
            assertThat(freshness("redis", Topics.LATEST_PRICES.name()).count()).isPositive();
        });
        Timer redisFreshness = freshness("redis", Topics.LATEST_PRICES.name());
        assertThat(redisFreshness.takeSnapshot().histogramCounts()).isNotEmpty();
        assertThat(redisFreshness.max(TimeUnit.MILLISECONDS)).isPositive();

        // Kafka Streams measures the end-to-end latency of the records it processed (recording level INFO) ...
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        assertThat(kafkaStreams).isNotNull();
        assertThat(kafkaStreams.metrics().entrySet())
                .filteredOn(metric -> metric.getKey().name().equals("record-e2e-latency-max"))
                .extracting(metric -> metric.getValue().metricValue())
                .anySatisfy(value -> assertThat((Double) value).isPositive());
        // ... and Micrometer's Kafka Streams binder publishes the Streams metrics to the registry.
        assertThat(meters.getMeters())
                .anySatisfy(meter -> assertThat(meter.getId().getName()).startsWith("kafka.stream."));
    }

    private Timer freshness(String sink, String topic) {
        Timer timer = meters.find(ProjectionFreshness.METER)
                .tag("sink", sink)
                .tag("topic", topic)
                .timer();
        assertThat(timer).as("freshness of %s in %s", topic, sink).isNotNull();
        return timer;
    }

    @Test
    void deadLettersWhatASinkCannotWriteWithItsReasonAndWritesTheRest() throws Exception {
        String tooLong = "X".repeat(40); // the symbol columns hold 32 characters
        publishTicks(
                tick("035720", "2021-04-16", "112000", OBSERVED),
                tick(tooLong, "2021-04-16", "1000", OBSERVED),
                tick("035420", "2021-04-16", "371000", OBSERVED));
        // One symbol, so one partition; published while the sink is stopped, so one batch: the dividend in
        // the middle has no amount.
        MessageListenerContainer actionSink = listeners.getListenerContainer("corporate-action-sink");
        actionSink.stop();
        publishActions(
                dividend("KO", "2021-03-12", "0.42", OBSERVED),
                new CorporateAction(
                        "KO",
                        CorporateAction.Type.DIVIDEND,
                        LocalDate.parse("2021-06-14"),
                        null,
                        "USD",
                        null,
                        null,
                        "test",
                        OBSERVED),
                dividend("KO", "2021-09-14", "0.42", OBSERVED));
        actionSink.start();

        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        dailyBars().keySet().containsAll(List.of("035720|STOCK|2021-04-16", "035420|STOCK|2021-04-16"))
                                && latestPrices().keySet().containsAll(List.of("035720|STOCK", "035420|STOCK"))
                                && dividends().keySet().containsAll(List.of("KO|2021-03-12", "KO|2021-09-14")));
        assertThat(dividends()).doesNotContainKey("KO|2021-06-14");
        assertThat(dailyBars().keySet()).noneMatch(key -> key.startsWith(tooLong));

        ConsumerRecord<String, byte[]> bar =
                deadLetter(Topics.DAILY_BAR_SINK_DEAD_LETTERS, tooLong + "|STOCK|2021-04-16");
        assertThat(header(bar, "kafka_dlt-exception-message")).contains("Data too long for column 'symbol'");
        assertThat(header(bar, "kafka_dlt-original-topic")).isEqualTo(Topics.DAILY_BARS.name());
        assertThat(new String(bar.value(), StandardCharsets.UTF_8)).contains("\"close\":1000");
        ConsumerRecord<String, byte[]> price = deadLetter(Topics.LATEST_PRICE_SINK_DEAD_LETTERS, tooLong + "|STOCK");
        assertThat(header(price, "kafka_dlt-exception-message")).contains("Data too long for column 'symbol'");
        // The first (and only) dead letter of KO: the one at fault, not the batch's first.
        ConsumerRecord<String, byte[]> action = deadLetter(Topics.CORPORATE_ACTION_SINK_DEAD_LETTERS, "KO");
        assertThat(new String(action.value(), StandardCharsets.UTF_8)).contains("2021-06-14");
        assertThat(header(action, "kafka_dlt-exception-message")).contains("Column 'amount' cannot be null");
    }

    private Map<String, Object> dailyBars() {
        return rows("SELECT * FROM daily_bar", "symbol", "kind", "trading_date");
    }

    private Map<String, Object> latestPrices() {
        return rows("SELECT * FROM latest_price", "symbol", "kind");
    }

    private Map<String, Object> dividends() {
        return rows("SELECT * FROM dividend", "symbol", "ex_date");
    }

    private Map<String, Object> splits() {
        return rows("SELECT * FROM split", "symbol", "ex_date");
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

    /** The first dead letter with {@code key} on {@code topic}, as a read-committed consumer sees it. */
    private static ConsumerRecord<String, byte[]> deadLetter(TopicDefinition<String, ?> topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        try (var consumer = new KafkaConsumer<>(
                config,
                topic.keySerde().deserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Instant deadline = Instant.now().plusSeconds(60);
            List<String> seen = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
            throw new AssertionError("No dead letter " + key + " on " + topic.name() + "; saw " + seen);
        }
    }

    private static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void publishTicks(PriceTick... ticks) throws Exception {
        try (var producer = producer(Topics.PRICE_TICKS)) {
            for (PriceTick tick : ticks) {
                producer.send(new ProducerRecord<>(Topics.PRICE_TICKS.name(), tick.symbol(), tick))
                        .get();
            }
        }
    }

    private static void publishActions(CorporateAction... actions) throws Exception {
        try (var producer = producer(Topics.CORPORATE_ACTIONS)) {
            for (CorporateAction action : actions) {
                producer.send(new ProducerRecord<>(Topics.CORPORATE_ACTIONS.name(), action.symbol(), action))
                        .get();
            }
        }
    }

    private static <V> KafkaProducer<String, V> producer(TopicDefinition<String, V> topic) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStackExtension.stack().kafkaBootstrapServers()),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer());
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

    /** A bar of the kind the recorded USD/KRW file has: its close above its high, flagged, kept. */
    private static PriceTick closedAboveItsHigh(String symbol, String date) {
        return new PriceTick(
                symbol,
                LocalDate.parse(date),
                "Asia/Seoul",
                "KRW",
                new BigDecimal("140000"),
                new BigDecimal("140500"),
                new BigDecimal("139000"),
                new BigDecimal("141000"),
                new BigDecimal("141000"),
                1_000_000L,
                "test",
                OBSERVED,
                InstrumentKind.STOCK);
    }

    private static PriceTick series(String code, InstrumentKind kind, String date, String close, String currency) {
        BigDecimal level = new BigDecimal(close);
        return new PriceTick(
                code,
                LocalDate.parse(date),
                "Asia/Seoul",
                currency,
                level,
                level,
                level,
                level,
                level,
                0L,
                "test",
                OBSERVED,
                kind);
    }

    private static CorporateAction dividend(String symbol, String exDate, String amount, Instant observedAt) {
        return new CorporateAction(
                symbol,
                CorporateAction.Type.DIVIDEND,
                LocalDate.parse(exDate),
                new BigDecimal(amount),
                symbol.equals("KO") ? "USD" : "KRW",
                null,
                null,
                "test",
                observedAt);
    }

    private static CorporateAction split(String symbol, String exDate, int numerator, int denominator) {
        return new CorporateAction(
                symbol,
                CorporateAction.Type.SPLIT,
                LocalDate.parse(exDate),
                null,
                null,
                numerator,
                denominator,
                "test",
                OBSERVED);
    }
}
