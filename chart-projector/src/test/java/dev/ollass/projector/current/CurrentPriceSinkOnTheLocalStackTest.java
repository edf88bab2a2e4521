package dev.ollass.projector.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketRedisKeys;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current-price sink on the real local stack: each kind and code keeps its newest answer in
 * Redis whatever order answers arrive in, a stock and an index of the same code apart, and a record
 * that cannot be written goes to the dead-letter topic while the sink goes on.
 */
// Only this sink runs, and the context is closed after the class: it takes no partitions from the other
// projector tests' topology and sinks.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.kafka.streams.auto-startup=false",
            "spring.kafka.listener.auto-startup=false",
            "spring.kafka.streams.application-id=current-price-sink-test",
            "ollass.projector.sink-retry-interval=100ms",
            "ollass.projector.audit.scheduled=false"
        })
class CurrentPriceSinkOnTheLocalStackTest {

    private static final Instant READ_AT = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant EARLIER = Instant.parse("2020-11-04T06:30:00Z");
    private static final Instant LATER = Instant.parse("2020-11-04T11:06:44.492Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path stateDir;

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market_current_price_test"));
        registry.add("spring.kafka.streams.state-dir", stateDir::toString);
    }

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    // Codes of this run only: the topic and Redis live as long as the test JVM's stack.
    private final String code =
            "C" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @BeforeEach
    void startTheSink() {
        MessageListenerContainer sink = listeners.getListenerContainer("current-price-sink");
        assertThat(sink).isNotNull();
        sink.start();
    }

    @Test
    void keepsTheNewerAnswerWhenAnOlderOneArrivesAfterIt() throws Exception {
        publish(price(InstrumentKind.STOCK, "58500", LATER));
        RecordMetadata older = publish(price(InstrumentKind.STOCK, "57900", EARLIER));

        awaitApplied(older);

        CurrentPrice stored = stored(InstrumentKind.STOCK);
        assertThat(stored).isNotNull();
        assertThat(stored.price()).isEqualByComparingTo("58500");
        assertThat(stored.asOf()).isEqualTo(LATER);
        assertThat(redis.<String, String>opsForHash()
                        .get(key(InstrumentKind.STOCK), MarketRedisKeys.CURRENT_AS_OF_FIELD))
                .isEqualTo(Long.toString(LATER.toEpochMilli()));
    }

    @Test
    void replacesAnOlderAnswerWithANewerOneAndKeepsAnIndexOfTheSameCodeApart() throws Exception {
        publish(price(InstrumentKind.STOCK, "57900", EARLIER));
        publish(price(InstrumentKind.INDEX, "2345.26", EARLIER));
        RecordMetadata newer = publish(price(InstrumentKind.STOCK, "58500", LATER));

        awaitApplied(newer);
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(InstrumentKind.INDEX) != null);

        assertThat(stored(InstrumentKind.STOCK)).isEqualTo(price(InstrumentKind.STOCK, "58500", LATER));
        CurrentPrice index = stored(InstrumentKind.INDEX);
        assertThat(index).isEqualTo(price(InstrumentKind.INDEX, "2345.26", EARLIER));
        // Written as plain decimals, digit for digit, as the API serves them.
        assertThat(redis.<String, String>opsForHash()
                        .get(key(InstrumentKind.INDEX), MarketRedisKeys.CURRENT_JSON_FIELD))
                .contains("\"price\":2345.26");
    }

    @Test
    void sendsARecordItCannotWriteToTheDeadLetterTopicAndGoesOn() throws Exception {
        // A key of another type (not a hash) makes every try fail the same way: the record's own fault.
        redis.opsForValue().set(key(InstrumentKind.STOCK), "not a hash");
        publish(price(InstrumentKind.STOCK, "58500", LATER));
        RecordMetadata next = publish(price(InstrumentKind.INDEX, "2345.26", LATER));

        awaitApplied(next);

        assertThat(stored(InstrumentKind.INDEX)).isEqualTo(price(InstrumentKind.INDEX, "2345.26", LATER));
        ConsumerRecord<String, byte[]> deadLetter = deadLetter(CurrentPrice.key(InstrumentKind.STOCK, code));
        assertThat(JSON.readValue(deadLetter.value(), CurrentPrice.class))
                .isEqualTo(price(InstrumentKind.STOCK, "58500", LATER));
        Header reason = deadLetter.headers().lastHeader("kafka_dlt-exception-message");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("WRONGTYPE");
    }

    private CurrentPrice price(InstrumentKind kind, String price, Instant asOf) {
        return new CurrentPrice(code, kind, new BigDecimal(price), "KRW", "CLOSE", asOf, "naver-polling", READ_AT);
    }

    private String key(InstrumentKind kind) {
        return MarketRedisKeys.current(kind, code);
    }

    private @Nullable CurrentPrice stored(InstrumentKind kind) {
        Object json = redis.opsForHash().get(key(kind), MarketRedisKeys.CURRENT_JSON_FIELD);
        return json == null ? null : JSON.readValue(json.toString(), CurrentPrice.class);
    }

    private static RecordMetadata publish(CurrentPrice price) throws Exception {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                Topics.CURRENT_PRICES.keySerde().serializer(),
                Topics.CURRENT_PRICES.valueSerde().serializer())) {
            return producer.send(new ProducerRecord<>(Topics.CURRENT_PRICES.name(), price.key(), price))
                    .get();
        }
    }

    /** Waits until the sink has committed past {@code record}: it has been applied (or dead-lettered). */
    private static void awaitApplied(RecordMetadata record) throws Exception {
        var partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                                        "current-price-sink")
                                .partitionsToOffsetAndMetadata()
                                .get();
                        OffsetAndMetadata offset = committed.get(partition);
                        return offset != null && offset.offset() > record.offset();
                    });
        }
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(
                config,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CURRENT_PRICE_SINK_DEAD_LETTERS.name()));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No dead letter keyed " + key);
    }

    private static String bootstrapServers() {
        return LocalStackExtension.stack().kafkaBootstrapServers();
    }
}
