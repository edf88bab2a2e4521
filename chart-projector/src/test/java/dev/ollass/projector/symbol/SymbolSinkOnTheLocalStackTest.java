package dev.ollass.projector.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projector on the real local stack materializes the symbols topic into the {@code stock}
 * table: newest entry per code, a tombstone deletes, Korean names intact, and a replay from the
 * start rebuilds the same rows.
 */
// Only the symbol sink runs, in a consumer group of its own, and the context is closed after the
// class: it takes no partitions from the other projector tests' topology and sinks.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.kafka.streams.auto-startup=false",
            "spring.kafka.listener.auto-startup=false",
            "spring.kafka.streams.application-id=symbol-sink-test",
            "ollass.projector.symbol-sink-group=" + SymbolSinkOnTheLocalStackTest.GROUP,
            "ollass.projector.audit.scheduled=false"
        })
class SymbolSinkOnTheLocalStackTest {

    static final String GROUP = "symbol-sink-test";

    private static final Instant READ_AT = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    static Path stateDir;

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market_symbol_test"));
        registry.add("spring.kafka.streams.state-dir", stateDir::toString);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    // Codes of this run only: the topic lives as long as the test JVM's stack.
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String samsung = "S" + run;
    private final String apple = "A" + run;
    private final String gone = "G" + run;

    @Test
    void materializesTheNewestEntryPerCodeAndRebuildsTheSameRowsOnReplay() throws Exception {
        sink().start();
        publish(
                stock(apple, "애플", "Apple Inc", "USA", "NASDAQ", apple),
                stock(samsung, "삼성전자", "Samsung Electronics", "Korea", "KOSPI", samsung + ".KS"),
                stock(gone, "없어질 종목", "Gone", "Japan", "TSE", gone + ".T"));
        await().atMost(Duration.ofSeconds(60)).until(() -> stocks().size() == 3);

        publish(stock(apple, "애플", "Apple", "USA", "NASDAQ", apple));
        publishTombstone(gone);
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        stocks().size() == 2 && stocks().get(apple).toString().contains("name_en=Apple,"));

        Map<String, Object> rows = stocks();
        assertThat(rows).containsOnlyKeys(apple, samsung);
        assertThat(jdbc.sql(
                                "SELECT code, name_kr, name_en, country, market_index, yahoo_ticker FROM stock WHERE code = ?")
                        .param(samsung)
                        .query()
                        .singleRow())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "code", samsung,
                        "name_kr", "삼성전자",
                        "name_en", "Samsung Electronics",
                        "country", "Korea",
                        "market_index", "KOSPI",
                        "yahoo_ticker", samsung + ".KS"));

        dropTheTableAndReplay();

        await().atMost(Duration.ofSeconds(60)).until(() -> stocks().equals(rows));
        assertThat(stocks()).isEqualTo(rows);
    }

    private MessageListenerContainer sink() {
        MessageListenerContainer sink = listeners.getListenerContainer("symbol-sink");
        assertThat(sink).isNotNull();
        return sink;
    }

    private void dropTheTableAndReplay() throws Exception {
        sink().stop();
        jdbc.sql("DELETE FROM stock").update();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers()))) {
            admin.deleteConsumerGroups(List.of(GROUP)).all().get();
        }
        sink().start();
    }

    /** This run's rows, whole, by code. */
    private Map<String, Object> stocks() {
        Map<String, Object> byCode = new TreeMap<>();
        for (Map<String, Object> row : jdbc.sql("SELECT * FROM stock WHERE code IN (?, ?, ?)")
                .params(apple, samsung, gone)
                .query()
                .listOfRows()) {
            byCode.put((String) row.get("code"), new TreeMap<>(row).toString());
        }
        return byCode;
    }

    private static ListedStock stock(
            String code, String nameKr, String nameEn, String country, String market, String ticker) {
        return new ListedStock(code, nameKr, nameEn, country, market, ticker, "test", READ_AT);
    }

    private static void publish(ListedStock... stocks) throws Exception {
        try (var producer = producer()) {
            for (ListedStock stock : stocks) {
                producer.send(new ProducerRecord<>(Topics.SYMBOLS.name(), stock.code(), stock))
                        .get();
            }
        }
    }

    private static void publishTombstone(String code) throws Exception {
        try (var producer = producer()) {
            producer.send(new ProducerRecord<String, @Nullable ListedStock>(Topics.SYMBOLS.name(), code, null))
                    .get();
        }
    }

    private static KafkaProducer<String, @Nullable ListedStock> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStackExtension.stack().kafkaBootstrapServers()),
                Topics.SYMBOLS.keySerde().serializer(),
                Topics.SYMBOLS.valueSerde().serializer());
    }
}
