package dev.ollass.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The projection benchmark's own arithmetic: which freshness it reports, and which ticks it sends. */
class ProjectBenchmarkTest {

    // Cumulative bucket counts keyed by upper bound in milliseconds, as Micrometer's histogram gives them.
    private static final Map<Double, Long> BEFORE = new TreeMap<>(Map.of(10.0, 5L, 100.0, 10L, 1000.0, 20L));
    private static final Map<Double, Long> AFTER = new TreeMap<>(Map.of(10.0, 15L, 100.0, 50L, 1000.0, 120L));

    @Test
    void reportsTheSmallestBucketHoldingTheShareOfTheRecordsMeasuredBetweenTheSnapshots() {
        // Between the snapshots: 10 records under 10 ms, 40 under 100 ms, 100 under 1 s.
        assertThat(ProjectBenchmark.percentile(BEFORE, AFTER, 100, 0.10)).isEqualTo(Duration.ofMillis(10));
        assertThat(ProjectBenchmark.percentile(BEFORE, AFTER, 100, 0.40)).isEqualTo(Duration.ofMillis(100));
        assertThat(ProjectBenchmark.percentile(BEFORE, AFTER, 100, 0.50)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void reportsADayWhenTheShareLiesAboveTheTopBucketOrNothingWasMeasured() {
        assertThat(ProjectBenchmark.percentile(BEFORE, AFTER, 200, 0.99)).isEqualTo(Duration.ofDays(1));
        assertThat(ProjectBenchmark.percentile(BEFORE, AFTER, 0, 0.5)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void sendsOneSaneTickPerSymbolAndRoundWithTheLastRoundOnADayOfItsOwn() {
        List<ProducerRecord<byte[], byte[]>> records = ProjectBenchmark.ticks("T", 3, 7, "raw");

        assertThat(records)
                .hasSize(21)
                .allSatisfy(record -> assertThat(record.topic()).isEqualTo("raw"));
        List<PriceTick> ticks = records.stream().map(ProjectBenchmarkTest::tick).toList();
        assertThat(ticks.subList(0, 3)).extracting(PriceTick::symbol).containsExactly("T0000", "T0001", "T0002");
        assertThat(ticks).allSatisfy(tick -> {
            assertThat(tick.high()).isGreaterThanOrEqualTo(tick.open().max(tick.close()));
            assertThat(tick.low()).isLessThanOrEqualTo(tick.open().min(tick.close()));
        });
        LocalDate lastDay = ticks.getLast().tradingDate();
        assertThat(ticks.subList(0, 18))
                .allSatisfy(tick -> assertThat(tick.tradingDate()).isBefore(lastDay));
        assertThat(ticks.subList(18, 21))
                .allSatisfy(tick -> assertThat(tick.tradingDate()).isEqualTo(lastDay));
    }

    @Test
    void sendsTheSameTicksEveryRunSoThatRunsCompare() {
        List<ProducerRecord<byte[], byte[]>> first = ProjectBenchmark.ticks("T", 2, 4, "raw");
        List<ProducerRecord<byte[], byte[]>> second = ProjectBenchmark.ticks("T", 2, 4, "raw");

        for (int i = 0; i < first.size(); i++) {
            assertThat(Arrays.equals(first.get(i).value(), second.get(i).value()))
                    .isTrue();
        }
    }

    private static PriceTick tick(ProducerRecord<byte[], byte[]> record) {
        return Topics.PRICE_TICKS.valueSerde().deserializer().deserialize(Topics.PRICE_TICKS.name(), record.value());
    }
}
