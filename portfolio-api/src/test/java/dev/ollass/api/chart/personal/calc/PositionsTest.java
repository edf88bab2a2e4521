package dev.ollass.api.chart.personal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.chart.personal.calc.ChartBodies.Share;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Side;
import dev.ollass.api.holding.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shares held over time and the money in and out, by the holdings calculation's rules. */
class PositionsTest {

    private static final LocalDate MARCH_2 = LocalDate.parse("2021-03-02");
    private static final LocalDate MARCH_3 = LocalDate.parse("2021-03-03");

    private static Trade trade(long id, Side side, String date, String quantity, String price, Currency currency) {
        return Trade.of(
                id,
                "AAPL",
                side,
                LocalDate.parse(date),
                new BigDecimal(quantity),
                price == null ? null : new BigDecimal(price),
                currency);
    }

    private static Market market() {
        return new Market()
                .usStock("AAPL", "애플")
                .close("AAPL", "2021-03-02", "100")
                .usdKrw("2021-03-01", "1000")
                .usdKrw("2021-03-03", "1200");
    }

    @Test
    void aSellLargerThanTheHoldingSellsWhatIsHeldForItsShareOfTheProceeds() {
        Market market = market();
        Positions positions = Positions.of(
                List.of(
                        trade(2, Side.SELL, "2021-03-03", "20", "110", null),
                        trade(1, Side.BUY, "2021-03-02", "10", "100", null)),
                market,
                new Rates(market));

        assertThat(positions.held("AAPL", MARCH_2)).isEqualByComparingTo("10");
        assertThat(positions.held("AAPL", MARCH_3)).isEqualByComparingTo("0");
        assertThat(positions.held("AAPL", MARCH_2.minusDays(1))).isEqualByComparingTo("0");
        assertThat(positions.flow("AAPL", MARCH_2.minusDays(1), MARCH_2)).isEqualByComparingTo("1000000");
        // 20 sold at 110 USD, 10 held: half the proceeds, at the 03-03 rate.
        assertThat(positions.flow("AAPL", MARCH_2, MARCH_3)).isEqualByComparingTo("-1320000");
        assertThat(positions.flow("AAPL", MARCH_2, MARCH_2)).isEqualByComparingTo("0");
        assertThat(positions.first()).isEqualTo(MARCH_2);
        assertThat(positions.codes()).containsExactly("AAPL");
    }

    @Test
    void aSellOfNothingHeldAndABuyWithoutAnyPriceAreLeftOut() {
        Market market = market();
        Positions positions = Positions.of(
                List.of(
                        trade(1, Side.SELL, "2021-03-02", "5", "100", null),
                        trade(2, Side.BUY, "2021-03-03", "5", null, null)),
                market,
                new Rates(market));

        assertThat(positions.held("AAPL", MARCH_3)).isEqualByComparingTo("0");
        assertThat(positions.flow("AAPL", MARCH_2.minusDays(1), MARCH_3)).isEqualByComparingTo("0");
        assertThat(positions.first()).isNull();
    }

    @Test
    void aPriceInWonIsWonAndABuyWithoutPriceTakesItsClose() {
        Market market = market().split("AAPL", "2021-03-10", 2, 1);
        Positions positions = Positions.of(
                List.of(
                        trade(1, Side.BUY, "2021-03-02", "1", null, null),
                        trade(2, Side.BUY, "2021-03-03", "1", "130000", Currency.KRW)),
                market,
                new Rates(market));

        // The close is in today's units: 2 shares × 100 USD × 1,000.
        assertThat(positions.flow("AAPL", MARCH_2.minusDays(1), MARCH_2)).isEqualByComparingTo("200000");
        assertThat(positions.flow("AAPL", MARCH_2, MARCH_3)).isEqualByComparingTo("130000");
        assertThat(positions.held("AAPL", MARCH_3)).isEqualByComparingTo("4");
    }

    @Test
    void accountsShareAHoldingByTheBuysItIsStillHeldFrom() {
        var accounts = new Market()
                .koreanStock("005930", "삼성전자")
                .latest("005930", "200", "2021-04-16")
                .buy("005930", "2021-03-02", "10", "100", "ISA")
                .buy("005930", "2021-03-03", "10", "100", "일반계좌")
                .sell("005930", "2021-03-04", "10", "100")
                .buy("005930", "2021-03-05", "10", "100", null)
                .charts()
                .accounts()
                .body();

        assertThat(accounts)
                .containsExactly(
                        new Share("ISA", new BigDecimal("25.0000"), new BigDecimal("1000.0000")),
                        new Share("일반계좌", new BigDecimal("25.0000"), new BigDecimal("1000.0000")),
                        new Share("기타", new BigDecimal("50.0000"), new BigDecimal("2000.0000")));
    }

    @Test
    void aFirstBuyInsideTheWindowCountsFromItsPriceToTheClose() {
        var performance = new Market()
                .koreanStock("005930", "삼성전자")
                .close("005930", "2021-04-01", "110")
                .latest("005930", "121", "2021-04-16")
                .kospi("2021-03-15", "3000")
                .kospi("2021-04-01", "3300")
                .buy("005930", "2021-04-01", "10", "100", null)
                .charts()
                .performance(Interval.ONE_MONTH)
                .body();

        @SuppressWarnings("unchecked")
        var mine = (List<BigDecimal>) performance.values1().get("values");
        assertThat(mine.get(12)).isEqualByComparingTo("0");
        assertThat(mine.get(13)).isEqualByComparingTo("10");
        assertThat(performance.myReturnRate()).isEqualByComparingTo("21");
        assertThat(performance.contrastMarketReturns()).isEqualByComparingTo("10");
    }
}
