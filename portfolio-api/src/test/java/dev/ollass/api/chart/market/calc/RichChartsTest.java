package dev.ollass.api.chart.market.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.chart.market.calc.RichCharts.Investor;
import dev.ollass.api.chart.market.calc.RichCharts.InvestorShares;
import dev.ollass.api.chart.market.calc.RichCharts.Market;
import dev.ollass.api.chart.market.calc.RichCharts.Pick;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RichChartsTest {

    private static final List<Investor> INVESTORS = List.of(
            new Investor(
                    "warren-buffett",
                    Map.of("AAPL", new BigDecimal("10"), "KO", new BigDecimal("20"), "OXY", new BigDecimal("5"))),
            new Investor("john-paulson", Map.of("OXY", new BigDecimal("100"))),
            new Investor("bill-ackman", Map.of("GOOGL", new BigDecimal("1.0"))));

    private static final Map<String, BigDecimal> PRICES =
            Map.of("AAPL", new BigDecimal("100"), "KO", new BigDecimal("50"), "GOOGL", new BigDecimal("200"));

    private static Market market(Map<String, BigDecimal> bought, BigDecimal usdKrw) {
        return new Market(PRICES, bought, Map.of("AAPL", "애플", "KO", "코카콜라"), usdKrw);
    }

    @Test
    void sharesEachInvestorsValueAmongTheTickersThatHaveAPriceAndNamesTheOthers() {
        var result = RichCharts.portfolios(INVESTORS, market(Map.of(), new BigDecimal("1100")));

        // Buffett: AAPL 10 × 100 = 1000, KO 20 × 50 = 1000, OXY has no price; Paulson holds only OXY.
        assertThat(result.chart())
                .containsExactly(
                        new InvestorShares(
                                "warren-buffett",
                                List.of(
                                        new Share("AAPL", new BigDecimal("50.00")),
                                        new Share("KO", new BigDecimal("50.00")))),
                        new InvestorShares("bill-ackman", List.of(new Share("GOOGL", new BigDecimal("100.00")))));
        assertThat(result.missing()).containsExactly("OXY");
    }

    @Test
    void picksTheLargestSharesOfAllInvestorsTogetherPricedInWonWithTheirRateSinceTheBuyDate() {
        var result = RichCharts.picks(
                INVESTORS,
                market(Map.of("AAPL", new BigDecimal("80"), "GOOGL", new BigDecimal("250")), new BigDecimal("1100")));

        // AAPL 1000, KO 1000, GOOGL 200 of 2200; AAPL rose from 80 to 100 (+25%), GOOGL fell from 250 to 200 (-20%).
        assertThat(result.chart())
                .containsExactly(
                        new Pick("AAPL", "애플", new BigDecimal("110000.00"), new BigDecimal("25.00")),
                        new Pick("KO", "코카콜라", new BigDecimal("55000.00"), new BigDecimal("0.00")),
                        new Pick("GOOGL", "GOOGL", new BigDecimal("220000.00"), new BigDecimal("-20.00")));
        // KO has no bar since the buy date: a rate of 0 and its code named, never an error.
        assertThat(result.missing()).containsExactly("KO", "OXY");
    }

    @Test
    void assumesTheOriginalsRateAndNamesItWhenTheMarketHasNoDollarRate() {
        var result = RichCharts.picks(
                List.of(new Investor("bill-ackman", Map.of("GOOGL", BigDecimal.ONE))),
                market(Map.of("GOOGL", new BigDecimal("200")), null));

        assertThat(result.chart())
                .containsExactly(new Pick("GOOGL", "GOOGL", new BigDecimal("280000.00"), new BigDecimal("0.00")));
        assertThat(result.missing()).containsExactly("USDKRW");
    }

    @Test
    void showsTenPicksAtMost() {
        Map<String, BigDecimal> holdings = new HashMap<>();
        Map<String, BigDecimal> prices = new HashMap<>();
        for (int i = 1; i <= 12; i++) {
            holdings.put("T" + (char) ('A' + i), BigDecimal.valueOf(i));
            prices.put("T" + (char) ('A' + i), BigDecimal.ONE);
        }
        var result = RichCharts.picks(
                List.of(new Investor("ray-dalio", holdings)), new Market(prices, prices, Map.of(), BigDecimal.TEN));

        assertThat(result.chart()).hasSize(RichCharts.PICKS);
        assertThat(result.chart().getFirst().code()).isEqualTo("TM");
        assertThat(result.chart()).extracting(Pick::code).doesNotContain("TB", "TC");
    }

    @Test
    void answersEmptyChartsWhenNothingHasAPrice() {
        Market nothing = new Market(Map.of(), Map.of(), Map.of(), BigDecimal.TEN);

        assertThat(RichCharts.portfolios(INVESTORS, nothing).chart()).isEmpty();
        assertThat(RichCharts.picks(INVESTORS, nothing).chart()).isEmpty();
        assertThat(RichCharts.picks(INVESTORS, nothing).missing()).containsExactly("AAPL", "GOOGL", "KO", "OXY");
    }
}
