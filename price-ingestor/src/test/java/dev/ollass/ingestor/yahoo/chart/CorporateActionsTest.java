package dev.ollass.ingestor.yahoo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Dividends and splits of shapes no recorded response has (the recorded ones are read in {@code
 * YahooChartParserTest}). The series is the recorded WSU.DE one: Xetra, events stamped 09:00 Frankfurt.
 */
class CorporateActionsTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final Chart.Meta XETRA = new Chart.Meta("WSU.DE", "EUR", "Europe/Berlin", "EQUITY", "1d");
    private static final long AUGUST_4_2023 = 1691132400L;
    // 23:30 UTC on 3 August is already 4 August in Seoul: the date must come from the exchange's zone.
    private static final long AUGUST_4_2023_SEOUL_MORNING = 1691105400L;

    @Test
    void datesADividendInTheExchangesZoneWithTheSeriesCurrency() {
        CorporateAction dividend = onlyActionOf(
                new Chart.Meta("005930.KS", "KRW", "Asia/Seoul", "EQUITY", "1d"),
                new Chart.Events(
                        List.of(new Chart.Dividend(AUGUST_4_2023_SEOUL_MORNING, new BigDecimal("361"), null)),
                        List.of()));

        assertThat(dividend.symbol()).isEqualTo("005930");
        assertThat(dividend.type()).isEqualTo(CorporateAction.Type.DIVIDEND);
        assertThat(dividend.exDate()).isEqualTo(LocalDate.of(2023, 8, 4));
        assertThat(dividend.amount()).isEqualTo(new BigDecimal("361"));
        assertThat(dividend.currency()).isEqualTo("KRW");
        assertThat(dividend.numerator()).isNull();
        assertThat(dividend.observedAt()).isEqualTo(OBSERVED);
        assertThat(dividend.source()).isEqualTo("yahoo-chart-v8");
    }

    @Test
    void keepsTheCurrencyYahooNamesForADividend() {
        CorporateAction dividend =
                onlyActionOf(XETRA, dividends(new Chart.Dividend(AUGUST_4_2023, new BigDecimal("0.5"), "USD")));

        assertThat(dividend.currency()).isEqualTo("USD");
    }

    @Test
    void writesAFractionalSplitRatioInLowestWholeTerms() {
        CorporateAction split = onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("1.10"), dec("1"))));

        assertThat(split.type()).isEqualTo(CorporateAction.Type.SPLIT);
        assertThat(split.exDate()).isEqualTo(LocalDate.of(2023, 8, 4));
        assertThat(split.numerator()).isEqualTo(11);
        assertThat(split.denominator()).isEqualTo(10);
        assertThat(split.amount()).isNull();
        assertThat(split.currency()).isNull();
    }

    @Test
    void reducesAWholeRatioAndKeepsAReverseSplit() {
        assertThat(onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("50"), dec("1")))))
                .extracting(CorporateAction::numerator, CorporateAction::denominator)
                .containsExactly(50, 1);
        assertThat(onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("2"), dec("20")))))
                .extracting(CorporateAction::numerator, CorporateAction::denominator)
                .containsExactly(1, 10);
        assertThat(onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("4E+1"), dec("1.000000")))))
                .extracting(CorporateAction::numerator, CorporateAction::denominator)
                .containsExactly(40, 1);
    }

    @Test
    void acceptsTheLargestRatioTermsAndRejectsLarger() {
        assertThat(onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("1000000"), dec("1")))))
                .extracting(CorporateAction::numerator)
                .isEqualTo(1_000_000);
        assertThat(onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("1"), dec("0.000001")))))
                .extracting(CorporateAction::numerator)
                .isEqualTo(1_000_000);
        assertThat(onlyActionOf(XETRA, splits(new Chart.Split(AUGUST_4_2023, dec("1"), dec("1000000")))))
                .extracting(CorporateAction::numerator, CorporateAction::denominator)
                .containsExactly(1, 1_000_000);
        assertThat(onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("1000001"), dec("1"))))
                        .reason())
                .contains("in lowest terms");
        assertThat(onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("1"), dec("1000001"))))
                        .reason())
                .contains("in lowest terms");
        assertThat(onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("1"), dec("0.0000001"))))
                        .reason())
                .contains("in lowest terms");
        assertThat(onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("1E+999999999"), dec("1"))))
                        .reason())
                .contains("in lowest terms");
        Rejection huge = onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("2"), dec("1E+999999999"))));
        assertThat(huge.reason()).contains("in lowest terms");
        assertThat(huge.rawPayload()).contains("\"denominator\":1E+999999999}");
        assertThat(onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("2"), dec("1E+64"))))
                        .rawPayload())
                .contains("\"denominator\":1" + "0".repeat(64) + "}");
        assertThat(onlyRejectionOf(splits(new Chart.Split(AUGUST_4_2023, dec("2"), dec("1E-65"))))
                        .rawPayload())
                .contains("\"denominator\":1E-65}");
    }

    @Test
    void rejectsASplitWithoutATermOrWithATermThatIsNotPositive() {
        for (Chart.Split split : List.of(
                new Chart.Split(AUGUST_4_2023, null, dec("1")),
                new Chart.Split(AUGUST_4_2023, dec("4"), null),
                new Chart.Split(AUGUST_4_2023, dec("0"), dec("1")),
                new Chart.Split(AUGUST_4_2023, dec("4"), dec("0")),
                new Chart.Split(AUGUST_4_2023, dec("-4"), dec("1")),
                new Chart.Split(AUGUST_4_2023, dec("4"), dec("-1")))) {
            Rejection rejection = onlyRejectionOf(splits(split));

            assertThat(rejection.reasonCode()).isEqualTo("INVALID_CORPORATE_ACTION");
            assertThat(rejection.reason()).startsWith("WSU.DE split: numerator and denominator must be positive");
        }
    }

    @Test
    void rejectsASplitWithoutADateAndKeepsTheEventAsItsPayload() {
        Rejection rejection = onlyRejectionOf(splits(new Chart.Split(null, dec("4"), dec("1"))));

        assertThat(rejection.reason()).isEqualTo("WSU.DE split: no date, or one out of range");
        assertThat(rejection.rawPayload())
                .isEqualTo("{\"symbol\":\"WSU.DE\",\"split\":{\"date\":null,\"numerator\":4,\"denominator\":1}}");
    }

    @Test
    void rejectsADividendWithoutAPositiveAmountOrADate() {
        for (BigDecimal amount : new BigDecimal[] {null, BigDecimal.ZERO, dec("-0.1")}) {
            Rejection rejection = onlyRejectionOf(dividends(new Chart.Dividend(AUGUST_4_2023, amount, null)));

            assertThat(rejection.reasonCode()).isEqualTo("INVALID_CORPORATE_ACTION");
            assertThat(rejection.reason()).isEqualTo("WSU.DE dividend: the amount must be a positive number");
        }
        Rejection undated = onlyRejectionOf(dividends(new Chart.Dividend(null, dec("0.5"), "EUR")));
        assertThat(undated.reason()).isEqualTo("WSU.DE dividend: no date, or one out of range");
        assertThat(undated.rawPayload())
                .isEqualTo("{\"symbol\":\"WSU.DE\",\"dividend\":{\"date\":null,\"amount\":0.5,\"currency\":\"EUR\"}}");
    }

    @Test
    void keepsARejectedEventsFieldsAsYahooWritesThemInItsPayload() {
        Rejection rejection =
                onlyRejectionOf(new Chart.Events(List.of(), List.of(new Chart.Split(null, dec("0.0000001"), null))));
        Rejection controlCharacters =
                onlyRejectionOf(new Chart.Events(List.of(new Chart.Dividend(null, dec("1"), null)), List.of()));

        assertThat(rejection.rawPayload())
                .isEqualTo(
                        "{\"symbol\":\"WSU.DE\",\"split\":{\"date\":null,\"numerator\":0.0000001,\"denominator\":null}}");
        assertThat(controlCharacters.rawPayload()).contains("\"currency\":null");
        assertThat(JsonText.string("a\"b\\c\u001f\u0020")).isEqualTo("\"a\\\"b\\\\c\\u001f \"");
    }

    @Test
    void rejectsEventsDatedOutsideAnyMarketsHistory() {
        long year1899 = LocalDate.of(1899, 12, 31).toEpochDay() * 86_400L;
        long year2200 = LocalDate.of(2200, 1, 1).toEpochDay() * 86_400L;
        for (long date : new long[] {year1899, year2200, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(onlyRejectionOf(dividends(new Chart.Dividend(date, dec("1"), null)))
                            .reason())
                    .contains("out of range");
        }
        long firstDay = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400L;
        assertThat(onlyActionOf(
                                new Chart.Meta("X", "USD", "UTC", "EQUITY", "1d"),
                                dividends(new Chart.Dividend(firstDay, dec("1"), null)))
                        .exDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        long lastDay = year2200 - 1;
        assertThat(onlyActionOf(
                                new Chart.Meta("X", "USD", "UTC", "EQUITY", "1d"),
                                dividends(new Chart.Dividend(lastDay, dec("1"), null)))
                        .exDate())
                .isEqualTo(LocalDate.of(2199, 12, 31));
    }

    @Test
    void publishesNoActionsFromASeriesThatIsNotDaily() {
        var minutes = new Chart.Meta("WSU.DE", "EUR", "Europe/Berlin", "EQUITY", "1m");
        ChartParseResult result = DailyTicks.of(
                chart(minutes, dividends(new Chart.Dividend(AUGUST_4_2023, dec("1"), null))), "{raw}", OBSERVED);

        assertThat(result.actions()).isEmpty();
        assertThat(result.rejections()).extracting(Rejection::reasonCode).containsExactly("NOT_DAILY");
    }

    private static CorporateAction onlyActionOf(Chart.Meta meta, Chart.Events events) {
        ChartParseResult result = DailyTicks.of(chart(meta, events), "{raw}", OBSERVED);
        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).isEmpty();
        assertThat(result.actions()).hasSize(1);
        return result.actions().getFirst();
    }

    private static Rejection onlyRejectionOf(Chart.Events events) {
        ChartParseResult result = DailyTicks.of(chart(XETRA, events), "{raw}", OBSERVED);
        assertThat(result.actions()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().getFirst();
    }

    private static Chart chart(Chart.Meta meta, Chart.Events events) {
        var noBars = new Chart.Quote(List.of(), List.of(), List.of(), List.of(), List.of());
        return new Chart(null, List.of(new Chart.Series(meta, List.of(), noBars, List.of(), events)));
    }

    private static Chart.Events dividends(Chart.Dividend dividend) {
        return new Chart.Events(List.of(dividend), List.of());
    }

    private static Chart.Events splits(Chart.Split split) {
        return new Chart.Events(List.of(), List.of(split));
    }

    private static BigDecimal dec(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
