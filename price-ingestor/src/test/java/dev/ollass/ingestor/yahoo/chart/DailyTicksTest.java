package dev.ollass.ingestor.yahoo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules applied to a chart once it is read, on cases no recorded response has (those are read in
 * {@code YahooChartParserTest}). Each series has the shape of the recorded WSU.DE one: Xetra, bars
 * stamped 09:00 Frankfurt; the prices are what each case needs.
 */
class DailyTicksTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final Chart.Meta XETRA = new Chart.Meta("WSU.DE", "EUR", "Europe/Berlin", "EQUITY", "1d");
    private static final long AUGUST_4_2023 = 1691132400L;
    private static final long AUGUST_8_2023 = 1691478000L;

    @Test
    void rejectsColumnsThatDoNotHaveOneValuePerTimestampInsteadOfFailing() {
        var quote = new Chart.Quote(prices(10.0, 10.2), prices(10.5, 10.6), prices(9.9, 10.0), prices(10.2), List.of());
        Chart chart = chart(new Chart.Series(XETRA, List.of(AUGUST_4_2023, AUGUST_8_2023), quote, List.of()));

        ChartParseResult result = DailyTicks.of(chart, "{raw}", OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("UNEXPECTED_SHAPE");
            assertThat(rejection.rawPayload()).isEqualTo("{raw}");
        });
    }

    @Test
    void rejectsABarWithSomeOfItsPricesMissing() {
        Rejection rejection = onlyRejectionOf(bar(10.0, 10.5, null, 10.2));

        assertThat(rejection.reasonCode()).isEqualTo("INCONSISTENT_BAR");
        assertThat(rejection.reason()).isEqualTo("WSU.DE 2023-08-04: some of open, high, low, close are missing");
    }

    @Test
    void publishesABarPricedAtZeroAsTheSourceSaidItForTheProjectorToFlag() {
        PriceTick tick = onlyTickOf(bar(0.0, 0.0, 0.0, 0.0));

        assertThat(tick.open()).isEqualByComparingTo("0");
        assertThat(tick.low()).isEqualByComparingTo("0");
        assertThat(tick.close()).isEqualByComparingTo("0");
    }

    @Test
    void publishesABarWhoseLowIsAboveItsOpenDigitForDigit() {
        PriceTick tick = onlyTickOf(bar(9.8, 10.5, 9.9, 10.2));

        assertThat(tick.open()).isEqualByComparingTo("9.8");
        assertThat(tick.high()).isEqualByComparingTo("10.5");
        assertThat(tick.low()).isEqualByComparingTo("9.9");
        assertThat(tick.close()).isEqualByComparingTo("10.2");
    }

    @Test
    void saysWhenTheSourceHasNoPricesForADay() {
        Rejection rejection = onlyRejectionOf(bar(null, null, null, null));

        assertThat(rejection.reasonCode()).isEqualTo("NULL_BAR");
        assertThat(rejection.reason()).isEqualTo("WSU.DE 2023-08-04: the source has no prices for this day (all null)");
    }

    @Test
    void acceptsABarWhoseHighAndLowAreItsOpenAndClose() {
        ChartParseResult result = DailyTicks.of(chart(bar(10.0, 10.2, 10.0, 10.2)), "{raw}", OBSERVED);

        assertThat(result.rejections()).isEmpty();
        PriceTick tick = result.ticks().getFirst();
        assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2023, 8, 4));
        // Neither an adjusted close nor a volume in the response: the close stands in, the volume is 0.
        assertThat(tick.adjClose()).isEqualByComparingTo("10.2");
        assertThat(tick.volume()).isZero();
    }

    @Test
    void keepsARejectedRowReadableAsJsonWithItsPricesDigitForDigit() throws Exception {
        for (String ticker : List.of("F", "A\"B\\C\nD\u0001")) {
            var meta = new Chart.Meta(ticker, "USD", "America/New_York", "EQUITY", "1d");
            var quote = new Chart.Quote(
                    List.of(new BigDecimal("0.0000001")), prices((Double) null), prices(1.4), prices(1.6), List.of(7L));
            Chart chart = chart(new Chart.Series(meta, List.of(AUGUST_4_2023), quote, prices(1.55)));

            String rawPayload = DailyTicks.of(chart, "{raw}", OBSERVED)
                    .rejections()
                    .getFirst()
                    .rawPayload();

            assertThat(rawPayload).contains("\"open\":0.0000001,");
            JsonNode row = JsonMapper.shared().readTree(rawPayload);

            assertThat(row.path("symbol").asString()).isEqualTo(ticker);
            assertThat(row.path("timestamp").asLong()).isEqualTo(AUGUST_4_2023);
            assertThat(row.path("open").decimalValue()).isEqualByComparingTo("0.0000001");
            assertThat(row.path("high").isNull()).isTrue();
            assertThat(row.path("adjclose").decimalValue()).isEqualByComparingTo("1.55");
            assertThat(row.path("volume").asLong()).isEqualTo(7L);
        }
    }

    private static PriceTick onlyTickOf(Chart.Series series) {
        ChartParseResult result = DailyTicks.of(chart(series), "{raw}", OBSERVED);
        assertThat(result.rejections()).isEmpty();
        return result.ticks().getFirst();
    }

    private static Rejection onlyRejectionOf(Chart.Series series) {
        ChartParseResult result = DailyTicks.of(chart(series), "{raw}", OBSERVED);
        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().getFirst();
    }

    private static Chart.Series bar(
            @Nullable Double open, @Nullable Double high, @Nullable Double low, @Nullable Double close) {
        var quote = new Chart.Quote(prices(open), prices(high), prices(low), prices(close), List.of());
        return new Chart.Series(XETRA, List.of(AUGUST_4_2023), quote, List.of());
    }

    private static Chart chart(Chart.Series series) {
        return new Chart(null, List.of(series));
    }

    private static List<@Nullable BigDecimal> prices(@Nullable Double... values) {
        return Arrays.stream(values)
                .map(v -> v == null ? null : BigDecimal.valueOf(v))
                .toList();
    }
}
