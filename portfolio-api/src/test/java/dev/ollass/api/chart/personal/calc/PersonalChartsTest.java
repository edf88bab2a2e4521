package dev.ollass.api.chart.personal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.chart.personal.calc.ChartBodies.DividendYear;
import dev.ollass.api.chart.personal.calc.ChartBodies.MyStock;
import dev.ollass.api.chart.personal.calc.ChartBodies.Share;
import dev.ollass.api.chart.personal.calc.ChartBodies.Summary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The personal charts against hand-computed values; today is 2021-04-16 (a Friday). */
class PersonalChartsTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> decs(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<BigDecimal> values(Map<String, Object> series) {
        return (List<BigDecimal>) series.get("values");
    }

    /**
     * Bought 10 Samsung at 50,000 on 2021-03-02, sold 4 at 60,000 on 2021-04-01; 70,000 now. Held: 6 at an
     * average cost of 50,000: 300,000 invested, worth 420,000.
     */
    @Nested
    class ASell {

        Market market() {
            return new Market()
                    .koreanStock("005930", "삼성전자")
                    .close("005930", "2021-03-02", "50000")
                    .close("005930", "2021-03-16", "55000")
                    .close("005930", "2021-04-01", "60000")
                    .latest("005930", "70000", "2021-04-16")
                    .buy("005930", "2021-03-02", "10", "50000", "ISA")
                    .sell("005930", "2021-04-01", "4", "60000");
        }

        @Test
        void summaryCountsOnlyTheSharesStillHeld() {
            Summary summary = market().charts().summary().body();

            assertThat(summary.totalAssetAmount()).isEqualByComparingTo("420000");
            assertThat(summary.totalInvestmentAmount()).isEqualByComparingTo("300000");
            assertThat(summary.profit().profitAmount()).isEqualByComparingTo("120000");
            assertThat(summary.profit().profitRate()).isEqualByComparingTo("40");
            // 30 days back is Wednesday 2021-03-17: 10 shares at the 03-16 close carried forward, 550,000.
            assertThat(summary.increaseAssetAmount()).isEqualByComparingTo("-130000");
            assertThat(summary.missingData()).isEmpty();
        }

        @Test
        void myStockShowsTheHoldingNotEveryLine() {
            List<MyStock> stocks = market().charts().myStocks().body();

            assertThat(stocks).hasSize(1);
            MyStock samsung = stocks.get(0);
            assertThat(samsung.name()).isEqualTo("삼성전자");
            assertThat(samsung.currentPrice()).isEqualByComparingTo("70000");
            assertThat(samsung.quantity()).isEqualByComparingTo("6");
            assertThat(samsung.profitAmount()).isEqualByComparingTo("120000");
            assertThat(samsung.profitRate()).isEqualByComparingTo("40");
            assertThat(samsung.priceDate()).isEqualTo("2021-04-16");
            assertThat(samsung.stale()).isFalse();
        }

        @Test
        void compositionByStockAndByAccountIsTheValueHeld() {
            var charts = market().charts();

            assertThat(charts.composition().body())
                    .containsExactly(new Share("삼성전자", dec("100.0000"), dec("420000.0000")));
            assertThat(charts.accounts().body()).containsExactly(new Share("ISA", dec("100.0000"), dec("420000.0000")));
        }

        @Test
        void performanceDoesNotMoveWhenSharesAreSold() {
            // Held at 50,000 (03-02 close) from the window's start 2021-03-15, 55,000 from 03-16, 60,000 from 04-01
            // (when 4 are sold at that price), 70,000 today: 70,000 / 50,000 − 1 = 40% on the whole window.
            var performance = market().kospi("2021-03-12", "3000")
                    .kospi("2021-04-16", "3150")
                    .charts()
                    .performance(Interval.ONE_MONTH)
                    .body();

            assertThat(performance.myReturnRate()).isEqualByComparingTo("40");
            assertThat(performance.contrastMarketReturns()).isEqualByComparingTo("5");
            assertThat(performance.xAxises()).hasSize(25).startsWith("03.15").endsWith("04.16");
            assertThat(performance.dates()).startsWith("2021.03.15").endsWith("2021.04.16");
            List<BigDecimal> mine = values(performance.values1());
            assertThat(mine.get(0)).isEqualByComparingTo("0");
            assertThat(mine.get(1)).isEqualByComparingTo("10"); // 03-16: 55,000
            assertThat(mine.get(13)).isEqualByComparingTo("20"); // 04-01: 60,000, the sell at the close
            assertThat(performance.values2()).containsEntry("name", "코스피");
            assertThat(performance.values1()).containsEntry("name", "내 수익률");
            assertThat(performance.unit()).isEqualTo("%");
        }
    }

    /**
     * One AAPL share bought at 400 USD on 2020-08-03 (1,200 KRW per USD), split 4:1 on 2020-08-31: 4 shares now
     * at 130 USD, 1,100 KRW per USD. Invested 480,000 KRW, worth 572,000 KRW.
     */
    @Nested
    class ASplitAndADollarStock {

        Market market() {
            return new Market()
                    .usStock("AAPL", "애플")
                    .split("AAPL", "2020-08-31", 4, 1)
                    .close("AAPL", "2020-08-03", "100")
                    .close("AAPL", "2021-03-16", "120")
                    .latest("AAPL", "130", "2021-04-16")
                    .usdKrw("2020-08-03", "1200")
                    .usdKrw("2021-03-10", "1000")
                    // no rate from 03-11 to 04-15: the 03-10 rate is carried forward
                    .usdKrw("2021-04-16", "1100")
                    .buy("AAPL", "2020-08-03", "1", "400", null);
        }

        @Test
        void myStockIsInTodaysSharesAndWon() {
            MyStock apple = market().charts().myStocks().body().get(0);

            assertThat(apple.quantity()).isEqualByComparingTo("4");
            assertThat(apple.currentPrice()).isEqualByComparingTo("143000");
            assertThat(apple.profitAmount()).isEqualByComparingTo("92000");
            assertThat(apple.profitRate()).isEqualByComparingTo("19.1667");
            assertThat(apple.code()).isEqualTo("AAPL");
        }

        @Test
        void summaryValuesThePastAtThatDaysRateCarriedForward() {
            Summary summary = market().charts().summary().body();

            assertThat(summary.totalAssetAmount()).isEqualByComparingTo("572000");
            assertThat(summary.totalInvestmentAmount()).isEqualByComparingTo("480000");
            // 2021-03-17: 4 × 120 USD × 1,000 (the 03-10 rate) = 480,000.
            assertThat(summary.increaseAssetAmount()).isEqualByComparingTo("92000");
        }
    }

    /**
     * 10 KO bought on 2020-01-02; it paid 0.25 a quarter in 2018, 0.275 in 2019, 0.3025 in 2020 (growth 10% a
     * year), 0.30 in March 2021. 1,000 KRW per USD in 2020, 1,100 in 2021.
     */
    @Nested
    class ADividendMonth {

        Market market() {
            Market market = new Market()
                    .usStock("KO", "코카콜라")
                    .close("KO", "2020-01-02", "50")
                    .latest("KO", "55", "2021-04-16")
                    .usdKrw("2020-01-01", "1000")
                    .usdKrw("2021-01-01", "1100")
                    .buy("KO", "2020-01-02", "10", "50", "일반계좌");
            for (String month : List.of("03", "06", "09", "12")) {
                market.dividend("KO", "2018-" + month + "-15", "0.25")
                        .dividend("KO", "2019-" + month + "-15", "0.275")
                        .dividend("KO", "2020-" + month + "-15", "0.3025");
            }
            return market.dividend("KO", "2021-03-15", "0.30");
        }

        @Test
        void everyMonthReceivedAndTheRestOfTheYearForecast() {
            Map<String, DividendYear> calendar =
                    market().charts().dividendCalendar().body();

            assertThat(calendar).containsOnlyKeys("2020", "2021");
            DividendYear past = calendar.get("2020");
            assertThat(past.data())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(
                            decs("0", "0", "3025", "0", "0", "3025", "0", "0", "3025", "0", "0", "3025"));
            assertThat(past.total()).isEqualByComparingTo("12100");
            assertThat(past.unit()).isEqualTo("원");
            assertThat(past.xAxises()).hasSize(12).startsWith("1월").endsWith("12월");
            // March received: 10 × 0.30 × 1,100; June, September, December forecast: 10 × 0.3025 × 1.1 × 1,100.
            DividendYear current = calendar.get("2021");
            assertThat(current.data())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(
                            decs("0", "0", "3300", "0", "0", "3660.25", "0", "0", "3660.25", "0", "0", "3660.25"));
            assertThat(current.total()).isEqualByComparingTo("14280.75");
        }

        @Test
        void aSellLowersTheDividendsAfterIt() {
            Map<String, DividendYear> calendar = market().sell("KO", "2020-08-03", "5", "52")
                    .charts()
                    .dividendCalendar()
                    .body();

            assertThat(calendar.get("2020").data().get(8)).isEqualByComparingTo("1512.5");
            assertThat(calendar.get("2020").data().get(5)).isEqualByComparingTo("3025");
        }

        @Test
        void byStockIsAYearOfDividendsAtTodaysHolding() {
            // 2020-06, -09, -12 and 2021-03: 1.2075 per share × 10 × 1,100.
            assertThat(market().charts().dividendShares().body())
                    .containsExactly(new Share("KO", dec("100.0000"), dec("13282.5000")));
        }
    }

    @Nested
    class ASavingsProjection {

        @Test
        void growsByTheYearsSavingAtTheReturnSoFar() {
            // Bought 10 at 100,000 in January, worth 110,000 each now: 10% in under a year, 1,000,000 saved.
            var trend = new Market()
                    .koreanStock("005930", "삼성전자")
                    .close("005930", "2021-01-04", "100000")
                    .latest("005930", "110000", "2021-04-16")
                    .buy("005930", "2021-01-04", "10", "100000", null)
                    .charts()
                    .saveTrend()
                    .body();

            assertThat(values(trend.values1()).subList(0, 2))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(decs("231", "364.1"));
            assertThat(trend.values1()).containsEntry("name", "예상자산");
            assertThat(trend.values2()).containsEntry("name", "실질자산");
        }

        @Test
        void withoutGrowthAddsTheSavingEachYearAndDeflatesTheRealSeries() {
            // 10 at 100,000 two years ago and 10 in January, still 100,000: 2,000,000 held, 1,000,000 saved a year.
            var trend = new Market()
                    .koreanStock("005930", "삼성전자")
                    .close("005930", "2019-04-16", "100000")
                    .close("005930", "2021-01-04", "100000")
                    .latest("005930", "100000", "2021-04-16")
                    .buy("005930", "2019-04-16", "10", "100000", null)
                    .buyAtClose("005930", "2021-01-04", "10")
                    .charts()
                    .saveTrend()
                    .body();

            assertThat(trend.unit()).isEqualTo("만원");
            assertThat(values(trend.values1()))
                    .hasSize(15)
                    .usingElementComparator(BigDecimal::compareTo)
                    .startsWith(dec("300"), dec("400"))
                    .endsWith(dec("1700"));
            assertThat(values(trend.values2()).subList(0, 2))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(decs("291.2621", "377.0384"));
            assertThat(trend.xAxises()).hasSize(15).startsWith("22").endsWith("36");
            assertThat(trend.dates()).startsWith("1년후").endsWith("15년후");
        }

        @Test
        void aHundredMillionWonAndMoreIsIn억원() {
            var trend = new Market()
                    .koreanStock("005930", "삼성전자")
                    .close("005930", "2019-04-16", "100000")
                    .latest("005930", "100000", "2021-04-16")
                    .buy("005930", "2019-04-16", "1000", "100000", null)
                    .charts()
                    .saveTrend()
                    .body();

            assertThat(trend.unit()).isEqualTo("억원");
            assertThat(values(trend.values1())).allSatisfy(v -> assertThat(v).isEqualByComparingTo("1"));
        }
    }

    @Nested
    class AnEmptyPortfolio {

        PersonalCharts charts() {
            return new Market().koreanStock("005930", "삼성전자").draft("005930").charts();
        }

        @Test
        void everyChartHasTheOriginalsEmptyShape() {
            var charts = charts();

            var trend = charts.saveTrend().body();
            assertThat(trend.xAxises()).isEmpty();
            assertThat(trend.dates()).isEmpty();
            assertThat(trend.values1()).isEmpty();
            assertThat(trend.values2()).isEmpty();
            assertThat(trend.unit()).isEmpty();
            assertThat(charts.dividendCalendar().body())
                    .containsExactly(Map.entry("2021", new DividendYear(List.of(), List.of(), "", dec("0.0000"))));
            assertThat(charts.dividendShares().body()).containsExactly(new Share("", dec("0.0000"), dec("0.0000")));
            assertThat(charts.composition().body()).isEmpty();
            assertThat(charts.accounts().body()).isEmpty();
            assertThat(charts.myStocks().body()).isEmpty();
            Summary summary = charts.summary().body();
            assertThat(List.of(
                            summary.increaseAssetAmount(),
                            summary.totalAssetAmount(),
                            summary.totalInvestmentAmount(),
                            summary.profit().profitAmount(),
                            summary.profit().profitRate()))
                    .allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
            var performance = charts.performance(Interval.ONE_MONTH).body();
            assertThat(performance.xAxises()).isEmpty();
            assertThat(performance.values1()).isEmpty();
            assertThat(performance.unit()).isEmpty();
            assertThat(performance.myReturnRate()).isEqualByComparingTo("0");
        }
    }
}
