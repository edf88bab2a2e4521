package dev.ollass.ingestor.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded Yahoo responses, every chart response of the shared fixture set, in both forms where it has
 * two (where each comes from, and the one edited file: {@code src/test/resources/yahoo/PROVENANCE.md}).
 */
class YahooChartParserTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");

    private final YahooChartParser parser = new YahooChartParser();

    @Test
    void turnsEveryDailyBarOfARealResponseIntoATickOnItsNewYorkTradingDate() {
        ChartParseResult result = parse("chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).hasSize(49);
        PriceTick first = result.ticks().getFirst();
        assertThat(first.symbol()).isEqualTo("AAPL");
        assertThat(first.tradingDate()).isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.exchangeTimeZone()).isEqualTo("America/New_York");
        PriceTick last = result.ticks().getLast();
        assertThat(last.tradingDate()).isEqualTo(LocalDate.of(2020, 11, 6));
        assertThat(last.open()).isEqualByComparingTo("118.31999969482422");
        assertThat(last.high()).isEqualByComparingTo("119.19999694824219");
        assertThat(last.low()).isEqualByComparingTo("116.12999725341797");
        assertThat(last.close()).isEqualByComparingTo("118.69000244140625");
        assertThat(last.adjClose()).isEqualByComparingTo("115.93415069580078");
        assertThat(last.volume()).isEqualTo(114_457_900L);
        assertThat(last.observedAt()).isEqualTo(OBSERVED);
    }

    @Test
    void keepsTradingDatesOnTheirDayAcrossTheEndOfDaylightSavingTime() {
        // US clocks went back on 2020-11-01: bars open at 13:30 UTC before and 14:30 UTC after.
        List<LocalDate> dates =
                parse("chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json").ticks().stream()
                        .map(PriceTick::tradingDate)
                        .toList();

        assertThat(dates).contains(LocalDate.of(2020, 10, 30), LocalDate.of(2020, 11, 2));
        assertThat(dates).doesNotHaveDuplicates().isSorted();
        assertThat(dates).allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Test
    void rejectsADayWithoutPricesAndKeepsItsRawRow() {
        ChartParseResult result = parse("chart-v8_WSU.DE_1d_2023-08-04_2023-08-09_null-gaps.body.json");

        assertThat(result.ticks())
                .extracting(PriceTick::tradingDate)
                .containsExactly(LocalDate.of(2023, 8, 4), LocalDate.of(2023, 8, 8));
        assertThat(result.ticks()).allSatisfy(tick -> {
            assertThat(tick.symbol()).isEqualTo("WSU");
            assertThat(tick.currency()).isEqualTo("EUR");
        });
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("NULL_BAR");
            assertThat(rejection.reason()).contains("WSU.DE 2023-08-07");
            assertThat(rejection.rawPayload()).contains("\"close\":null");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "chart-v8_SIX_error_404_not-found_delisted.body.json",
                "chart-v8_SIX_error_404_not-found_delisted.yf2-recording.json",
                "chart-v8_SI_error_404_not-found_delisted.body.json",
                "chart-v8_SI_error_404_not-found_delisted.yf2-recording.json"
            })
    void rejectsAnErrorResponseWholeWithTheSourcesReason(String name) {
        String body = fixture(name);

        ChartParseResult result = parser.parse(body, OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("SOURCE_ERROR");
            assertThat(rejection.reason())
                    .isEqualTo("Yahoo answered with an error: Not Found: No data found, symbol may be delisted");
            assertThat(rejection.rawPayload()).isEqualTo(body);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "chart-v8_APS.AX_1d_no-timestamp.body.json",
                "chart-v8_^VXAPL_1d_index_empty-quote-no-timestamp.body.json"
            })
    void treatsAResponseWithoutTimestampsAsNoTradingRatherThanAnError(String name) {
        ChartParseResult result = parse(name);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).isEmpty();
    }

    @Test
    void datesASydneySessionThatOpensBeforeMidnightUtcOnItsOwnDay() {
        // The one edited fixture (PROVENANCE.md says exactly how): the real APS.AX recording with one bar
        // added at 1577919600 = 2020-01-01T23:00Z = 2020-01-02 10:00 in Sydney, when the ASX opens in summer.
        // Dated in UTC it would fall on 2020-01-01, a public holiday on which the ASX was closed.
        ChartParseResult result = parse("chart-v8_APS.AX_1d_2020-01-02_EDITED-one-bar-before-utc-midnight.body.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).singleElement().satisfies(tick -> {
            assertThat(tick.symbol()).isEqualTo("APS");
            assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2020, 1, 2));
            assertThat(tick.exchangeTimeZone()).isEqualTo("Australia/Sydney");
            assertThat(tick.currency()).isEqualTo("AUD");
            assertThat(tick.close()).isEqualByComparingTo("0.17");
        });
    }

    @Test
    void readsEveryFieldOfAUsBar() {
        PriceTick tick = parse("chart-v8_AAPL_1d_2020-01-01_2020-01-03.body.json")
                .ticks()
                .getFirst();

        assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(tick.open()).isEqualTo(new BigDecimal("74.05999755859375"));
        assertThat(tick.high()).isEqualTo(new BigDecimal("75.1500015258789"));
        assertThat(tick.low()).isEqualTo(new BigDecimal("73.79750061035156"));
        assertThat(tick.close()).isEqualTo(new BigDecimal("75.0875015258789"));
        assertThat(tick.adjClose()).isEqualTo(new BigDecimal("72.71607208251953"));
        assertThat(tick.volume()).isEqualTo(135_480_400L);
        assertThat(tick.source()).isEqualTo("yahoo-chart-v8");
    }

    @Test
    void readsHalfAYearOfBarsIncludingTodaysStillOpenOne() {
        ChartParseResult result = parse("chart-v8_AAPL_1d_range6mo_dividends.raw.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).hasSize(127);
        List<LocalDate> dates =
                result.ticks().stream().map(PriceTick::tradingDate).toList();
        assertThat(dates).doesNotHaveDuplicates().isSorted();
        assertThat(dates.getFirst()).isEqualTo(LocalDate.of(2025, 4, 30));
        // The last bar is stamped with the time of its last trade (20:00:01 UTC), not the session's open.
        PriceTick last = result.ticks().getLast();
        assertThat(last.tradingDate()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(last.close()).isEqualTo(new BigDecimal("269.70001220703125"));
        assertThat(last.volume()).isEqualTo(43_332_154L);
    }

    @Test
    void readsACryptoPairThatTradesEveryDayInUtc() {
        ChartParseResult result = parse("chart-v8_BTC-USD_1d_2020-01-01_2020-01-03_crypto.body.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks())
                .extracting(PriceTick::tradingDate)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));
        assertThat(result.ticks()).allSatisfy(tick -> {
            assertThat(tick.symbol()).isEqualTo("BTC-USD");
            assertThat(tick.exchangeTimeZone()).isEqualTo("UTC");
            assertThat(tick.currency()).isEqualTo("USD");
        });
        // More than an int holds.
        assertThat(result.ticks().getFirst().volume()).isEqualTo(18_565_664_997L);
    }

    /** A recording and the body it wraps must mean the same, rejections included. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "chart-v8_AAPL_1d_2020-01-01_2020-01-03",
                "chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split",
                "chart-v8_AAPL_1m_2024-10-02_intraday_null-gaps",
                "chart-v8_APS.AX_1d_no-timestamp",
                "chart-v8_BTC-USD_1d_2020-01-01_2020-01-03_crypto",
                "chart-v8_EURUSD=X_1d_2020-01-01_2020-01-03_fx",
                "chart-v8_SIX_error_404_not-found_delisted",
                "chart-v8_SI_error_404_not-found_delisted",
                "chart-v8_WSU.DE_1d_2023-08-04_2023-08-09_null-gaps",
                "chart-v8_^VXAPL_1d_index_empty-quote-no-timestamp"
            })
    void readsAYahooFinance2RecordingAsTheBodyItRecorded(String name) {
        String body = fixture(name + ".body.json");
        String recording = fixture(name + ".yf2-recording.json");

        ChartParseResult fromBody = parser.parse(body, OBSERVED);
        ChartParseResult fromRecording = parser.parse(recording, OBSERVED);

        assertThat(fromRecording.ticks()).isEqualTo(fromBody.ticks());
        // A rejected row keeps its own values; a rejected response keeps what was received, the recording.
        assertThat(fromRecording.rejections())
                .isEqualTo(fromBody.rejections().stream()
                        .map(r -> r.rawPayload().equals(body)
                                ? new ChartParseResult.Rejection(r.reasonCode(), r.reason(), recording)
                                : r)
                        .toList());
    }

    @Test
    void rejectsIntradayBarsBecauseATickIsOneTradingDay() {
        ChartParseResult result = parse("chart-v8_AAPL_1m_2024-10-02_intraday_null-gaps.body.json");

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections())
                .singleElement()
                .extracting(ChartParseResult.Rejection::reasonCode)
                .isEqualTo("NOT_DAILY");
    }

    @Test
    void readsCurrencyPairsOnTheirOwnCalendar() {
        ChartParseResult result = parse("chart-v8_EURUSD=X_1d_2020-01-01_2020-01-03_fx.body.json");

        assertThat(result.ticks()).extracting(PriceTick::symbol).containsOnly("EURUSD");
        assertThat(result.ticks()).extracting(PriceTick::kind).containsOnly(InstrumentKind.FX);
        assertThat(result.ticks())
                .extracting(PriceTick::tradingDate)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));
        assertThat(result.ticks()).extracting(PriceTick::volume).containsOnly(0L);
    }

    @Test
    void readsAXetraListingInEuros() {
        ChartParseResult result = parse("chart-v8_GS2C.DE_xetra-EUR.raw.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).hasSize(5).allSatisfy(tick -> {
            assertThat(tick.symbol()).isEqualTo("GS2C");
            assertThat(tick.exchangeTimeZone()).isEqualTo("Europe/Berlin");
        });
    }

    @Test
    void readsAYahooFinance2RecordingOfAResponse() {
        ChartParseResult result = parse("chart-v8_AAPL_1d_2020-01-01_2020-01-03.yf2-recording.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).singleElement().satisfies(tick -> {
            assertThat(tick.symbol()).isEqualTo("AAPL");
            assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        });
    }

    @Test
    void readsARecordingWhoseBodyIsKeptAsAString() {
        ChartParseResult result = parse("chart-v8_WSU.DE_1d_2023-08-04_2023-08-09_null-gaps.yf2-recording.json");

        assertThat(result.ticks()).hasSize(2);
        assertThat(result.rejections())
                .extracting(ChartParseResult.Rejection::reasonCode)
                .containsExactly("NULL_BAR");
    }

    @Test
    void rejectsAnotherYahooResponseSentToTheChartUploadWhole() {
        String quote = fixture("quote-v7_AAPL.raw.json");

        ChartParseResult result = parser.parse(quote, OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("UNEXPECTED_SHAPE");
            assertThat(rejection.rawPayload()).isEqualTo(quote);
        });
    }

    @Test
    void rejectsSomethingThatIsNotJsonWithoutThrowing() {
        ChartParseResult result = parser.parse("<html>rate limited</html>", OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("MALFORMED_JSON");
            assertThat(rejection.rawPayload()).isEqualTo("<html>rate limited</html>");
        });
    }

    @Test
    void publishesABarWhoseHighIsBelowItsCloseAsTheSourceSaidIt() {
        String body = """
                {"chart":{"result":[{"meta":{"currency":"USD","symbol":"AAPL","instrumentType":"EQUITY",
                "exchangeTimezoneName":"America/New_York","dataGranularity":"1d"},"timestamp":[1604673000],
                "indicators":{"quote":[{"open":[118.3],"high":[117.0],"low":[116.1],"close":[118.6],"volume":[1]}]}}],
                "error":null}}""";

        ChartParseResult result = parser.parse(body, OBSERVED);

        // Present but contradicting prices are kept: the projector flags the bar as suspect.
        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).singleElement().satisfies(tick -> {
            assertThat(tick.high()).isEqualByComparingTo("117.0");
            assertThat(tick.close()).isEqualByComparingTo("118.6");
        });
    }

    @Test
    void keepsEveryDigitOfAPrice() {
        String body = """
                {"chart":{"result":[{"meta":{"currency":"KRW","symbol":"005930.KS","instrumentType":"EQUITY",
                "exchangeTimezoneName":"Asia/Seoul","dataGranularity":"1d"},"timestamp":[1618531200],
                "indicators":{"quote":[{"open":[84000],"high":[84500],"low":[83600],"close":[83900],"volume":[15000000]}],
                "adjclose":[{"adjclose":[81234.56789012345678]}]}}],"error":null}}""";

        PriceTick tick = parser.parse(body, OBSERVED).ticks().getFirst();

        // A hand-built response of the real shape: no recorded Korean response exists (PROVENANCE.md).
        assertThat(tick.symbol()).isEqualTo("005930");
        assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(tick.close()).isEqualTo(new BigDecimal("83900"));
        assertThat(tick.adjClose()).isEqualTo(new BigDecimal("81234.56789012345678"));
    }

    @Test
    void turnsTheFourForOneSplitAndTheDividendOfAugustToNovember2020IntoCorporateActions() {
        ChartParseResult result = parse("chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.actions())
                .containsExactly(
                        new CorporateAction(
                                "AAPL",
                                CorporateAction.Type.DIVIDEND,
                                LocalDate.of(2020, 11, 6),
                                new BigDecimal("0.205"),
                                "USD",
                                null,
                                null,
                                "yahoo-chart-v8",
                                OBSERVED),
                        new CorporateAction(
                                "AAPL",
                                CorporateAction.Type.SPLIT,
                                LocalDate.of(2020, 8, 31),
                                null,
                                null,
                                4,
                                1,
                                "yahoo-chart-v8",
                                OBSERVED));
    }

    @Test
    void readsTheSameActionsFromTheRecordingAsFromTheBody() {
        assertThat(parse("chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.yf2-recording.json")
                        .actions())
                .isEqualTo(parse("chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json")
                        .actions());
    }

    @Test
    void readsEveryDividendOfASixMonthRange() {
        assertThat(parse("chart-v8_AAPL_1d_range6mo_dividends.raw.json").actions())
                .extracting(CorporateAction::exDate, CorporateAction::amount)
                .containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2025, 5, 12), new BigDecimal("0.26")),
                        tuple(LocalDate.of(2025, 8, 11), new BigDecimal("0.26")));
    }

    @Test
    void rejectsAResponseWithANumberNoPriceCanBeRatherThanWritingItOut() {
        String body = fixture("chart-v8_AAPL_1d_2020-01-01_2020-01-03.body.json")
                .replace("\"close\":[75.0875015258789]", "\"close\":[1e999999999]");

        ChartParseResult result = parser.parse(body, OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("UNEXPECTED_SHAPE");
            assertThat(rejection.reason()).contains("out of any price's range");
        });
    }

    private ChartParseResult parse(String fixture) {
        return parser.parse(fixture(fixture), OBSERVED);
    }

    static String fixture(String name) {
        try (InputStream in = YahooChartParserTest.class.getResourceAsStream("/yahoo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
