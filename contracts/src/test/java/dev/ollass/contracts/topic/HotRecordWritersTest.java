package dev.ollass.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written daily bar and latest price JSON is byte for byte what Jackson's record serializer writes. */
class HotRecordWritersTest {

    private static final JsonMapper RECORDS = JsonSerde.recordMapper().build();

    @Test
    void writesDailyBarsAsTheRecordSerializerDoes() {
        Random random = new Random(3);
        JsonSerde<DailyBar> serde = JsonSerde.of(DailyBar.class);
        List<DailyBar> bars = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            List<SuspectReason> reasons = new ArrayList<>();
            for (SuspectReason reason : SuspectReason.values()) {
                if (random.nextInt(4) == 0) {
                    reasons.add(reason);
                }
            }
            bars.add(new DailyBar(
                    text(random),
                    date(random),
                    random.nextBoolean() ? "KRW" : "USD",
                    decimal(random),
                    decimal(random),
                    decimal(random),
                    decimal(random),
                    decimal(random),
                    random.nextLong(),
                    text(random),
                    instant(random),
                    InstrumentKind.values()[random.nextInt(3)],
                    reasons));
        }
        bars.add(new DailyBar(null, null, null, null, null, null, null, null, 0, null, null, null, null));

        for (DailyBar bar : bars) {
            assertThat(new String(serde.serialize("t", bar), StandardCharsets.UTF_8))
                    .isEqualTo(RECORDS.writeValueAsString(bar));
        }
    }

    @Test
    void writesLatestPricesAsTheRecordSerializerDoes() {
        Random random = new Random(5);
        JsonSerde<LatestPrice> serde = JsonSerde.of(LatestPrice.class);
        List<LatestPrice> prices = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            prices.add(new LatestPrice(
                    text(random),
                    decimal(random),
                    random.nextBoolean() ? "KRW" : "USD",
                    date(random),
                    random.nextBoolean() ? "Asia/Seoul" : "America/New_York",
                    text(random),
                    instant(random),
                    InstrumentKind.values()[random.nextInt(3)]));
        }
        prices.add(new LatestPrice(null, null, null, null, null, null, null, null));

        for (LatestPrice price : prices) {
            assertThat(new String(serde.serialize("t", price), StandardCharsets.UTF_8))
                    .isEqualTo(RECORDS.writeValueAsString(price));
        }
    }

    @Test
    void readsBackWhatItWrites() {
        DailyBar bar = new DailyBar(
                "BRK.B",
                LocalDate.parse("2021-04-16"),
                "USD",
                new BigDecimal("1000"),
                new BigDecimal("1000.50"),
                new BigDecimal("-0.0001"),
                new BigDecimal("12345678901234567890.123456789"),
                BigDecimal.ZERO,
                -1,
                "yahoo \"chart\"\n",
                Instant.parse("2021-04-16T21:00:00.000000001Z"),
                InstrumentKind.INDEX,
                List.of(SuspectReason.HIGH_BELOW_LOW, SuspectReason.LARGE_MOVE));
        JsonSerde<DailyBar> serde = JsonSerde.of(DailyBar.class);

        assertThat(serde.deserialize("t", serde.serialize("t", bar))).isEqualTo(bar);
    }

    private static String text(Random random) {
        String[] texts = {"AAPL", "005930", "BRK.B", "yahoo-chart-v8", "삼성 \"우\"", "tab\tand\nline", "🙂", ""};
        return texts[random.nextInt(texts.length)];
    }

    private static LocalDate date(Random random) {
        return LocalDate.ofEpochDay(random.nextInt(40_000) - 5_000);
    }

    private static Instant instant(Random random) {
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(random.nextLong(4_000_000_000L) - 500_000_000L, nanos);
    }

    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(24) - 4);
    }
}
