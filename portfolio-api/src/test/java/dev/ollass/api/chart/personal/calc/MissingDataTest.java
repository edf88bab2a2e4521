package dev.ollass.api.chart.personal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Missing market data never breaks a chart: it is carried forward, shown stale, or named. */
class MissingDataTest {

    /**
     * Samsung with its closes and KOSPI; NOBAR, a US stock bought today at 10 USD, has no bar and no price at all;
     * USDKRW is missing on every day but one long ago.
     */
    private static PersonalCharts charts() {
        return new Market()
                .koreanStock("005930", "삼성전자")
                .usStock("NOBAR", "바 없음")
                .close("005930", "2021-03-02", "50000")
                .latest("005930", "70000", "2021-04-16")
                .usdKrw("2021-01-04", "1100")
                .kospi("2021-03-12", "3000")
                .buy("005930", "2021-03-02", "10", "50000", "ISA")
                .buy("NOBAR", "2021-04-16", "3", "10", "ISA")
                .charts();
    }

    private static final List<Function<PersonalCharts, Charted<?>>> EVERY_CHART = List.of(
            PersonalCharts::saveTrend,
            PersonalCharts::dividendCalendar,
            PersonalCharts::dividendShares,
            PersonalCharts::composition,
            PersonalCharts::accounts,
            PersonalCharts::myStocks,
            PersonalCharts::summary,
            c -> c.performance(Interval.ONE_MONTH),
            c -> c.performance(Interval.ONE_YEAR));

    @Test
    void everyChartAnswersAndNamesTheSymbolWithoutData() {
        for (var chart : EVERY_CHART) {
            assertThat(chart.apply(charts()).missing()).contains("NOBAR").doesNotContain("005930", "USDKRW");
        }
    }

    @Test
    void aStockWithoutAnyPriceIsShownAtItsCostWithoutADate() {
        var stocks = charts().myStocks().body();

        var nobar = stocks.stream()
                .filter(s -> s.code().equals("NOBAR"))
                .findFirst()
                .orElseThrow();
        // 3 × 10 USD at the carried-forward 1,100.
        assertThat(nobar.currentPrice()).isEqualByComparingTo("11000");
        assertThat(nobar.profitAmount()).isEqualByComparingTo("0");
        assertThat(nobar.priceDate()).isNull();
    }

    @Test
    void aStalePriceIsShownWithItsDateAndNamed() {
        var charted = new Market()
                .koreanStock("005930", "삼성전자")
                .close("005930", "2021-03-02", "50000")
                .latest("005930", "60000", "2021-04-01")
                .buy("005930", "2021-03-02", "10", "50000", null)
                .charts()
                .myStocks();

        assertThat(charted.body().get(0).priceDate()).isEqualTo("2021-04-01");
        assertThat(charted.body().get(0).stale()).isTrue();
        assertThat(charted.missing()).containsExactly("005930");
    }

    @Test
    void performanceCarriesTheLastCloseAndTheKospiLevelForward() {
        var performance = charts().performance(Interval.ONE_MONTH);

        // Samsung's only close is 03-02 (50,000), then today's price 70,000; KOSPI's only level is 03-12.
        assertThat(performance.body().myReturnRate()).isEqualByComparingTo("40");
        assertThat(performance.body().contrastMarketReturns()).isEqualByComparingTo("0");
        assertThat(performance.missing()).doesNotContain("KS11");
    }

    @Test
    void withoutKospiTheMarketSeriesIsFlatAndNamed() {
        var performance = new Market()
                .koreanStock("005930", "삼성전자")
                .close("005930", "2021-03-02", "50000")
                .latest("005930", "70000", "2021-04-16")
                .buy("005930", "2021-03-02", "10", "50000", null)
                .charts()
                .performance(Interval.ONE_MONTH);

        assertThat(performance.missing()).containsExactly("KS11");
        @SuppressWarnings("unchecked")
        var kospi = (List<BigDecimal>) performance.body().values2().get("values");
        assertThat(kospi).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
    }

    @Test
    void dollarsWithoutAnyRateAreNamedAndTakeTheOriginals1400() {
        var charted = new Market()
                .usStock("AAPL", "애플")
                .close("AAPL", "2021-03-02", "100")
                .latest("AAPL", "110", "2021-04-16")
                .buy("AAPL", "2021-03-02", "1", "100", null)
                .charts()
                .summary();

        assertThat(charted.missing()).containsExactly("USDKRW");
        assertThat(charted.body().totalAssetAmount()).isEqualByComparingTo("154000");
    }

    @Test
    void aStockTheMarketDoesNotKnowIsNamedAndLeftOut() {
        var charted = new Market()
                .koreanStock("005930", "삼성전자")
                .latest("005930", "70000", "2021-04-16")
                .buy("005930", "2021-03-02", "1", "50000", null)
                .buy("GONE", "2021-03-02", "1", "50000", null)
                .charts()
                .composition();

        assertThat(charted.missing()).containsExactly("GONE");
        assertThat(charted.body()).extracting(ChartBodies.Share::name).containsExactly("삼성전자");
    }

    @Test
    void monthViewsTakeEachMonthsLastBusinessDay() {
        var performance = new Market()
                .koreanStock("005930", "삼성전자")
                .close("005930", "2021-01-29", "100")
                .close("005930", "2021-02-26", "110")
                .close("005930", "2021-03-31", "121")
                .latest("005930", "133.1", "2021-04-16")
                .kospi("2021-01-29", "3000")
                .kospi("2021-03-31", "3300")
                .buy("005930", "2021-01-29", "10", "100", null)
                .charts()
                .performance(Interval.THREE_MONTHS)
                .body();

        assertThat(performance.xAxises()).containsExactly("21.2", "21.3", "21.4");
        assertThat(performance.dates()).containsExactly("2021.2", "2021.3", "2021.4");
        @SuppressWarnings("unchecked")
        var mine = (List<BigDecimal>) performance.values1().get("values");
        assertThat(mine)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("21"), new BigDecimal("33.1"));
        assertThat(performance.myReturnRate()).isEqualByComparingTo("33.1");
        assertThat(performance.contrastMarketReturns()).isEqualByComparingTo("10");
    }

    @Test
    void intervalsAreTheOriginalsWords() {
        assertThat(Interval.parse("3month")).contains(Interval.THREE_MONTHS);
        assertThat(Interval.parse("1year")).contains(Interval.ONE_YEAR);
        assertThat(Interval.parse("2month")).isEmpty();
        assertThat(Interval.SIX_MONTHS.wire()).isEqualTo("6month");
        assertThat(Map.of(
                        Interval.ONE_MONTH, "2021-03-15",
                        Interval.THREE_MONTHS, "2021-02-01",
                        Interval.SIX_MONTHS, "2020-11-01",
                        Interval.ONE_YEAR, "2020-05-01"))
                .allSatisfy((interval, start) -> assertThat(PersonalCharts.closesFrom(interval, Market.TODAY))
                        .hasToString(
                                java.time.LocalDate.parse(start).minusDays(14).toString()));
    }
}
