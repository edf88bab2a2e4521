package dev.ollass.projector.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.market.SuspectReason;
import dev.ollass.contracts.topic.JsonSerde;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoreSerdeTest {

    private static final String CHANGELOG = "chart-projector-daily-bar-by-series-and-date-changelog";

    private static final DailyBar BAR = new DailyBar(
            "005930",
            LocalDate.of(2021, 4, 16),
            "KRW",
            new BigDecimal("84000"),
            new BigDecimal("84500.00"),
            new BigDecimal("83300"),
            new BigDecimal("84100"),
            new BigDecimal("83671.24718"),
            15_178_123,
            "yahoo-chart-v8",
            Instant.parse("2021-04-16T08:30:12.123456789Z"),
            InstrumentKind.STOCK,
            List.of(SuspectReason.CLOSE_OUTSIDE_RANGE, SuspectReason.LARGE_MOVE));

    private static final PriceTick TICK = new PriceTick(
            "KS11",
            LocalDate.of(1969, 12, 31),
            "Asia/Seoul",
            "KRW",
            new BigDecimal("-0.5"),
            new BigDecimal("3198.62"),
            new BigDecimal("1E+3"),
            new BigDecimal("12345678901234567890123456789.000000001"),
            new BigDecimal("0"),
            -1,
            "naver-한글",
            Instant.parse("1960-01-01T00:00:00Z"),
            InstrumentKind.INDEX);

    @Test
    void keepsEveryFieldOfABarDigitForDigitIncludingTheScaleOfItsPrices() {
        StoreSerde<DailyBar> serde = StoreSerde.dailyBars();

        DailyBar read = serde.deserialize(CHANGELOG, serde.serialize(CHANGELOG, BAR));

        assertThat(read).isEqualTo(BAR);
        assertThat(read.high()).hasToString("84500.00");
        assertThat(read.adjClose().scale()).isEqualTo(5);
    }

    @Test
    void keepsNegativeHugeAndExponentPricesDatesBeforeTheEpochAndTextBeyondAscii() {
        StoreSerde<PriceTick> serde = StoreSerde.priceTicks();

        PriceTick read = serde.deserialize(CHANGELOG, serde.serialize(CHANGELOG, TICK));

        assertThat(read).isEqualTo(TICK);
        assertThat(read.low()).hasToString("1E+3");
    }

    @Test
    void keepsTheMissingPartsOfADividendAndOfASplit() {
        StoreSerde<CorporateAction> serde = StoreSerde.corporateActions();
        var dividend = new CorporateAction(
                "KO",
                CorporateAction.Type.DIVIDEND,
                LocalDate.of(2021, 3, 12),
                new BigDecimal("0.42"),
                "USD",
                null,
                null,
                "yahoo-chart-v8",
                Instant.parse("2021-04-16T21:00:00Z"));
        var split = new CorporateAction(
                "AAPL",
                CorporateAction.Type.SPLIT,
                LocalDate.of(2020, 8, 31),
                null,
                null,
                4,
                1,
                "yahoo-chart-v8",
                Instant.parse("2021-04-16T21:00:00Z"));

        assertThat(serde.deserialize(CHANGELOG, serde.serialize(CHANGELOG, dividend)))
                .isEqualTo(dividend);
        assertThat(serde.deserialize(CHANGELOG, serde.serialize(CHANGELOG, split)))
                .isEqualTo(split);
    }

    @Test
    void keepsATickWithNullFieldsAsJsonWouldHaveKeptIt() {
        StoreSerde<PriceTick> serde = StoreSerde.priceTicks();
        var sparse = new PriceTick("X", null, null, null, null, null, null, null, null, 0, null, null, null);

        assertThat(serde.deserialize(CHANGELOG, serde.serialize(CHANGELOG, sparse)))
                .isEqualTo(sparse);
    }

    @Test
    void isSmallerThanTheJsonOfTheSameBar() {
        assertThat(StoreSerde.dailyBars().serialize(CHANGELOG, BAR).length)
                .isLessThan(JsonSerde.of(DailyBar.class).serialize(CHANGELOG, BAR).length / 2);
    }

    @Test
    void readsStateAnOlderProjectorWroteAsJson() {
        byte[] json = JsonSerde.of(DailyBar.class).serialize(CHANGELOG, BAR);

        assertThat(StoreSerde.dailyBars().deserialize(CHANGELOG, json)).isEqualTo(BAR);
    }

    @Test
    void passesTombstonesThrough() {
        assertThat(StoreSerde.dailyBars().serialize(CHANGELOG, null)).isNull();
        assertThat(StoreSerde.dailyBars().deserialize(CHANGELOG, null)).isNull();
    }

    @Test
    void refusesAnUnknownFormatAndATruncatedOrOverlongValue() {
        StoreSerde<DailyBar> serde = StoreSerde.dailyBars();
        byte[] written = serde.serialize(CHANGELOG, BAR);
        byte[] unknown = written.clone();
        unknown[0] = 2;
        byte[] longer = Arrays.copyOf(written, written.length + 1);

        assertThatThrownBy(() -> serde.deserialize(CHANGELOG, unknown))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown format 2");
        assertThatThrownBy(() -> serde.deserialize(CHANGELOG, Arrays.copyOf(written, written.length - 3)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serde.deserialize(CHANGELOG, longer))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("1 bytes left over");
        assertThatThrownBy(() -> serde.deserialize(CHANGELOG, new byte[0])).isInstanceOf(SerializationException.class);
    }
}
