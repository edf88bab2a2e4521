package dev.ollass.projector.bar.rules;

import static dev.ollass.contracts.market.SuspectReason.CLOSE_OUTSIDE_RANGE;
import static dev.ollass.contracts.market.SuspectReason.HIGH_BELOW_LOW;
import static dev.ollass.contracts.market.SuspectReason.LARGE_MOVE;
import static dev.ollass.contracts.market.SuspectReason.NON_POSITIVE_PRICE;
import static dev.ollass.contracts.market.SuspectReason.OPEN_OUTSIDE_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarSanityTest {

    private static final MoveBounds DEFAULTS =
            new MoveBounds(new BigDecimal("0.30"), new BigDecimal("0.10"), new BigDecimal("0.10"));
    private static final LocalDate FRIDAY = LocalDate.of(2020, 8, 28);
    private static final LocalDate EX_DATE = LocalDate.of(2020, 8, 31);

    @ParameterizedTest(name = "open {0} high {1} low {2} close {3}")
    @CsvSource({
        "10.0, 10.5, 9.9, 10.2",
        // Every price on an edge of the range is inside it.
        "10.5, 10.5, 9.9, 9.9",
        "9.9, 10.5, 9.9, 10.5",
        "10, 10, 10, 10"
    })
    void findsNothingWrongWithABarWhoseRangeEnclosesItsOpenAndClose(
            String open, String high, String low, String close) {
        assertThat(reasonsOf(bar(open, high, low, close))).isEmpty();
    }

    @ParameterizedTest(name = "close {0}")
    @CsvSource({"10.51", "9.89"})
    void flagsACloseAboveTheHighOrBelowTheLow(String close) {
        assertThat(reasonsOf(bar("10.0", "10.5", "9.9", close))).containsExactly(CLOSE_OUTSIDE_RANGE);
    }

    @ParameterizedTest(name = "open {0}")
    @CsvSource({"10.51", "9.89"})
    void flagsAnOpenAboveTheHighOrBelowTheLow(String open) {
        assertThat(reasonsOf(bar(open, "10.5", "9.9", "10.2"))).containsExactly(OPEN_OUTSIDE_RANGE);
    }

    @Test
    void flagsAUsdKrwDayOfTheRecordedFileThatClosedAboveItsHigh() {
        // KRW=X.csv: 2004-12-28,1030.099976,1043.5,1028.900024,1043.699951
        DailyBar december28 = bar("1030.099976", "1043.5", "1028.900024", "1043.699951", InstrumentKind.FX);

        assertThat(reasonsOf(december28)).containsExactly(CLOSE_OUTSIDE_RANGE);
    }

    @Test
    void saysOnlyThatTheHighIsBelowTheLowWhenTheDayHasNoRange() {
        assertThat(reasonsOf(bar("12", "10", "11", "9"))).containsExactly(HIGH_BELOW_LOW);
    }

    @ParameterizedTest(name = "open {0} high {1} low {2} close {3}: {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; 0; 0; 0; NON_POSITIVE_PRICE",
                "0; 1; 0; 1; NON_POSITIVE_PRICE",
                "1; 1; 0; 1; NON_POSITIVE_PRICE",
                "1; 1; 0; 0; NON_POSITIVE_PRICE",
                "0; 1; 0.5; 1; OPEN_OUTSIDE_RANGE,NON_POSITIVE_PRICE",
                "1; 1; 0.5; 0; CLOSE_OUTSIDE_RANGE,NON_POSITIVE_PRICE",
                "1; 1; -1; 1; NON_POSITIVE_PRICE",
                "1; 0; 1; 1; HIGH_BELOW_LOW,NON_POSITIVE_PRICE",
                "1; 2; 1; -1; CLOSE_OUTSIDE_RANGE,NON_POSITIVE_PRICE"
            })
    void flagsAZeroOrNegativePriceWhicheverItIs(String open, String high, String low, String close, String expected) {
        List<SuspectReason> reasons = List.of(expected.split(",")).stream()
                .map(SuspectReason::valueOf)
                .toList();

        assertThat(reasonsOf(bar(open, high, low, close))).isEqualTo(reasons);
    }

    @ParameterizedTest(name = "{0} after 100: {1}")
    @CsvSource({"131, true", "130, false", "69, true", "70, false", "100, false"})
    void flagsAStockWhoseCloseMovedMoreThanThirtyPercentFromThePreviousClose(String close, boolean large) {
        DailyBar bar = bar(close, close, close, close);

        assertThat(BarSanity.reasons(bar, bar("100", "100", "100", "100"), List.of(), DEFAULTS)
                        .contains(LARGE_MOVE))
                .isEqualTo(large);
    }

    @ParameterizedTest(name = "{0} {1} after 100: {2}")
    @CsvSource({"INDEX, 111, true", "INDEX, 110, false", "FX, 89, true", "FX, 90, false", "STOCK, 111, false"})
    void holdsIndicesAndExchangeRatesToTheirOwnBound(InstrumentKind kind, String close, boolean large) {
        DailyBar bar = bar(close, close, close, close, kind);

        assertThat(BarSanity.reasons(bar, bar("100", "100", "100", "100", kind), List.of(), DEFAULTS)
                        .contains(LARGE_MOVE))
                .isEqualTo(large);
    }

    @Test
    void flagsNoMoveOnTheFirstDayOfASeries() {
        assertThat(BarSanity.reasons(bar("500", "500", "500", "500"), null, List.of(), DEFAULTS))
                .isEmpty();
    }

    @Test
    void flagsANonPositiveCloseAsSuchAndNotAsAMove() {
        DailyBar previous = bar("100", "100", "100", "100");

        assertThat(BarSanity.reasons(bar("1", "1", "0", "0"), previous, List.of(), DEFAULTS))
                .containsExactly(NON_POSITIVE_PRICE);
        assertThat(BarSanity.reasons(bar("100", "100", "100", "100"), bar("1", "1", "0", "0"), List.of(), DEFAULTS))
                .isEmpty();
    }

    @Test
    void letsAFourForOneSplitExplainTheDropOfAnUnadjustedClose() {
        // AAPL's unadjusted closes around its 4:1 split: 499.23 on the Friday, 129.04 on the ex-date.
        DailyBar friday = bar("499.23", "499.23", "499.23", "499.23");
        DailyBar exDate = bar("129.04", "131.00", "126.00", "129.04", EX_DATE);

        assertThat(BarSanity.reasons(exDate, friday, List.of(split(4, 1)), DEFAULTS))
                .isEmpty();
        assertThat(BarSanity.reasons(exDate, friday, List.of(), DEFAULTS)).containsExactly(LARGE_MOVE);
    }

    @Test
    void doesNotFlagASplitAdjustedHistoryThatDoesNotJumpAtTheExDate() {
        // The recorded AAPL history is adjusted as of its download: no jump at the split.
        DailyBar friday = bar("124.81", "124.81", "124.81", "124.81");
        DailyBar exDate = bar("129.04", "131.00", "126.00", "129.04", EX_DATE);

        assertThat(BarSanity.reasons(exDate, friday, List.of(split(4, 1)), DEFAULTS))
                .isEmpty();
    }

    @Test
    void flagsAMoveTheSplitDoesNotExplain() {
        DailyBar friday = bar("100", "100", "100", "100");

        // 4:1 makes 100 into 25: 50 is twice that, and half of 100.
        assertThat(BarSanity.reasons(bar("50", "50", "50", "50", EX_DATE), friday, List.of(split(4, 1)), DEFAULTS))
                .containsExactly(LARGE_MOVE);
    }

    @Test
    void readsARatioAsNewSharesPerOldOnes() {
        DailyBar friday = bar("150", "150", "150", "150");

        // NVDA's 3:2: 150 becomes 100. Read the other way round, 150 would become 225.
        assertThat(BarSanity.reasons(bar("100", "100", "100", "100", EX_DATE), friday, List.of(split(3, 2)), DEFAULTS))
                .isEmpty();
        assertThat(BarSanity.reasons(bar("225", "225", "225", "225", EX_DATE), friday, List.of(split(3, 2)), DEFAULTS))
                .containsExactly(LARGE_MOVE);
    }

    @Test
    void composesTheSplitsOfADayGap() {
        DailyBar before = bar("400", "400", "400", "400");

        assertThat(BarSanity.reasons(
                        bar("100", "100", "100", "100", EX_DATE), before, List.of(split(2, 1), split(2, 1)), DEFAULTS))
                .isEmpty();
    }

    @Test
    void refusesABoundThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MoveBounds(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MoveBounds(BigDecimal.ONE, new BigDecimal("-0.1"), BigDecimal.ONE));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MoveBounds(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void givesEachKindItsBound() {
        MoveBounds bounds = new MoveBounds(new BigDecimal("0.3"), new BigDecimal("0.1"), new BigDecimal("0.05"));

        assertThat(bounds.of(InstrumentKind.STOCK)).isEqualByComparingTo("0.3");
        assertThat(bounds.of(InstrumentKind.INDEX)).isEqualByComparingTo("0.1");
        assertThat(bounds.of(InstrumentKind.FX)).isEqualByComparingTo("0.05");
    }

    private static List<SuspectReason> reasonsOf(DailyBar bar) {
        return BarSanity.reasons(bar, null, List.of(), DEFAULTS);
    }

    private static CorporateAction split(int numerator, int denominator) {
        return new CorporateAction(
                "AAPL",
                CorporateAction.Type.SPLIT,
                EX_DATE,
                null,
                null,
                numerator,
                denominator,
                "test",
                Instant.parse("2020-08-31T22:00:00Z"));
    }

    private static DailyBar bar(String open, String high, String low, String close) {
        return bar(open, high, low, close, InstrumentKind.STOCK);
    }

    private static DailyBar bar(String open, String high, String low, String close, LocalDate date) {
        return bar(open, high, low, close, InstrumentKind.STOCK, date);
    }

    private static DailyBar bar(String open, String high, String low, String close, InstrumentKind kind) {
        return bar(open, high, low, close, kind, FRIDAY);
    }

    private static DailyBar bar(
            String open, String high, String low, String close, InstrumentKind kind, LocalDate date) {
        return new DailyBar(
                "AAPL",
                date,
                "USD",
                new BigDecimal(open),
                new BigDecimal(high),
                new BigDecimal(low),
                new BigDecimal(close),
                new BigDecimal(close),
                1000L,
                "test",
                Instant.parse("2020-08-31T22:00:00Z"),
                kind);
    }
}
