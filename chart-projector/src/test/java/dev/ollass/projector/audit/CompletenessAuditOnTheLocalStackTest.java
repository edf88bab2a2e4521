package dev.ollass.projector.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.sink.MarketTables;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import dev.ollass.web.ProblemException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit on the real local stack: bars in MariaDB (written as the sinks write them), findings on
 * {@code market.data-gaps.v2}, its memory in {@code audit_finding}. Neither the topology nor the sinks
 * run, so it takes no partitions from the other projector tests; it is the only one that audits.
 */
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.kafka.streams.auto-startup=false",
            "spring.kafka.listener.auto-startup=false",
            "spring.kafka.streams.application-id=audit-test",
            "ollass.projector.audit.scheduled=false",
            "ollass.projector.audit.look-back=3",
            "ollass.projector.audit.markets[KR].symbols=005930,000660",
            // Friday 23:00 in Seoul: Korea's Friday is due.
            "ollass.projector.market-clock=2021-04-16T23:00:00+09:00"
        })
class CompletenessAuditOnTheLocalStackTest {

    private static final List<LocalDate> DAYS =
            List.of(LocalDate.of(2021, 4, 14), LocalDate.of(2021, 4, 15), LocalDate.of(2021, 4, 16));
    private static final LocalDate THURSDAY = LocalDate.of(2021, 4, 15);

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market_audit_test"));
    }

    @Autowired
    AuditRunner audit;

    @Autowired
    MarketTables tables;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsOneRemovedDayOfOneSymbolOnceAndResolvesItWhenFilled() {
        List<DailyBar> bars = new ArrayList<>();
        for (LocalDate day : DAYS) {
            bars.add(bar("KS11", InstrumentKind.INDEX, day));
            bars.add(bar("USDKRW", InstrumentKind.FX, day));
            bars.add(bar("005930", InstrumentKind.STOCK, day));
            bars.add(bar("000660", InstrumentKind.STOCK, day));
        }
        tables.upsertDailyBars(bars);
        assertThat(audit.run("KR")).isEmpty();

        jdbc.sql("DELETE FROM daily_bar WHERE symbol = '000660' AND trading_date = '2021-04-15'")
                .update();
        List<MarketDataGap> missing = audit.run("KR");

        assertThat(missing).singleElement().satisfies(gap -> {
            assertThat(gap.status()).isEqualTo(MarketDataGap.Status.MISSING);
            assertThat(gap.key()).isEqualTo("KR|2021-04-15");
            assertThat(gap.missingSymbols()).containsExactly("000660");
            assertThat(gap.problemCount()).isOne();
        });
        assertThat(published()).containsExactly(missing.getFirst());

        assertThat(audit.run("KR")).isEmpty();
        assertThat(published()).containsExactly(missing.getFirst());

        tables.upsertDailyBars(List.of(bar("000660", InstrumentKind.STOCK, THURSDAY)));
        List<MarketDataGap> resolved = audit.run("KR");

        assertThat(resolved).singleElement().satisfies(gap -> {
            assertThat(gap.status()).isEqualTo(MarketDataGap.Status.RESOLVED);
            assertThat(gap.key()).isEqualTo("KR|2021-04-15");
            assertThat(gap.contentDigest()).isEqualTo(missing.getFirst().contentDigest());
        });
        assertThat(published()).containsExactly(missing.getFirst(), resolved.getFirst());
        assertThat(audit.run("KR")).isEmpty();
    }

    @Test
    void refusesAMarketItDoesNotAudit() {
        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> audit.run("XX"))
                .satisfies(e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND))
                .withMessageContaining("configured: [KR, US]");
    }

    private static DailyBar bar(String code, InstrumentKind kind, LocalDate day) {
        BigDecimal price = new BigDecimal("100");
        return new DailyBar(
                code,
                day,
                "KRW",
                price,
                price,
                price,
                price,
                price,
                1,
                "test",
                Instant.parse("2021-04-16T08:00:00Z"),
                kind);
    }

    /** The Korean findings on the topic, in the order published. */
    private static List<MarketDataGap> published() {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStackExtension.stack().kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "audit-test-" + UUID.randomUUID(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                Topics.MARKET_DATA_GAPS.keySerde().deserializer(),
                Topics.MARKET_DATA_GAPS.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MARKET_DATA_GAPS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, MarketDataGap>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records.stream()
                    .filter(record -> record.key().startsWith("KR|"))
                    .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                    .map(ConsumerRecord::value)
                    .toList();
        }
    }
}
