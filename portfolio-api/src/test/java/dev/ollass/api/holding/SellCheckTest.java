package dev.ollass.api.holding;

import static dev.ollass.api.holding.Currency.USD;
import static dev.ollass.api.holding.FakeMarket.market;
import static dev.ollass.api.holding.Trades.buy;
import static dev.ollass.api.holding.Trades.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellCheckTest {

    final FakeMarket splits = market().split("AAPL", "2020-08-31", 4, 1).split("GE", "2021-08-02", 1, 8);

    @Test
    void aSellWithinTheHoldingPasses() {
        var trades = List.of(
                buy(1, "MSFT", "2021-01-04", "10", "100", USD),
                buy(2, "MSFT", "2021-02-01", "5", "100", USD),
                sell(3, "MSFT", "2021-03-01", "15", "120", USD));

        assertThat(SellCheck.firstOversold(trades, splits)).isEmpty();
    }

    @Test
    void deletingAnEarlierBuyMakesTheLaterSellTooLarge() {
        var buyToDelete = buy(1, "MSFT", "2021-01-04", "10", "100", USD);
        var remaining =
                List.of(buy(2, "MSFT", "2021-02-01", "5", "100", USD), sell(3, "MSFT", "2021-03-01", "12", "120", USD));

        assertThat(SellCheck.firstOversold(List.of(buyToDelete, remaining.get(0), remaining.get(1)), splits))
                .isEmpty();
        var oversold = SellCheck.firstOversold(remaining, splits).orElseThrow();
        assertThat(oversold.sell().id()).isEqualTo(3);
        assertThat(oversold.held()).isEqualByComparingTo("5");
        assertThat(oversold.sold()).isEqualByComparingTo("12");
    }

    @Test
    void aSellBeforeTheBuyOfTheSameStockIsTooLarge() {
        var trades =
                List.of(sell(1, "MSFT", "2021-01-04", "1", "100", USD), buy(2, "MSFT", "2021-02-01", "5", "100", USD));

        assertThat(SellCheck.firstOversold(trades, splits))
                .map(o -> o.sell().id())
                .contains(1L);
    }

    @Test
    void aBuyAndASellOnTheSameDayCountTheBuyFirst() {
        var trades =
                List.of(sell(1, "MSFT", "2021-01-04", "5", "100", USD), buy(2, "MSFT", "2021-01-04", "5", "100", USD));

        assertThat(SellCheck.firstOversold(trades, splits)).isEmpty();
    }

    @Test
    void sharesOfAnotherStockDoNotCover() {
        var trades =
                List.of(buy(1, "MSFT", "2021-01-04", "10", "100", USD), sell(2, "AAPL", "2021-02-01", "1", "100", USD));

        assertThat(SellCheck.firstOversold(trades, splits))
                .map(o -> o.sell().id())
                .contains(2L);
    }

    @Test
    void sharesBoughtBeforeASplitAreCountedInSplitShares() {
        // 10 bought before the 4:1 split are 40 after it
        var forty = List.of(
                buy(1, "AAPL", "2019-06-03", "10", "400", USD), sell(2, "AAPL", "2020-10-01", "40", "120", USD));
        var fortyOne = List.of(
                buy(1, "AAPL", "2019-06-03", "10", "400", USD), sell(2, "AAPL", "2020-10-01", "41", "120", USD));

        assertThat(SellCheck.firstOversold(forty, splits)).isEmpty();
        var oversold = SellCheck.firstOversold(fortyOne, splits).orElseThrow();
        assertThat(oversold.held()).isEqualByComparingTo("40");
        assertThat(oversold.sold()).isEqualByComparingTo("41");
    }

    @Test
    void sharesBoughtBeforeAReverseSplitAreExactlyTheirFraction() {
        // GE's 1:8 of 2021-08-02: 8 shares before are exactly 1 after
        var trades = List.of(buy(1, "GE", "2021-01-04", "8", "10", USD), sell(2, "GE", "2021-09-01", "1", "100", USD));

        assertThat(SellCheck.firstOversold(trades, splits)).isEmpty();
        assertThat(splits.factor("GE", LocalDate.parse("2021-01-04"))).isEqualByComparingTo("0.125");
    }

    @Test
    void draftLinesAreNotCounted() {
        var draftBuy = Trade.of(1, "MSFT", Side.BUY, null, new BigDecimal("10"), null, null);
        var trades = List.of(draftBuy, sell(2, "MSFT", "2021-02-01", "1", "100", USD));

        assertThat(SellCheck.firstOversold(trades, splits)).isPresent();
    }

    @Test
    void everyOversoldSellIsFoundEachJudgedWithoutTheRefusedOnesBeforeIt() {
        // 10 held; sell 3 of 12 is refused (10 stay held), sell 4 of 6 passes (4 left), sell 5 of 5 is refused
        var trades = List.of(
                buy(1, "MSFT", "2021-01-04", "10", "100", USD),
                sell(3, "MSFT", "2021-02-01", "12", "120", USD),
                sell(4, "MSFT", "2021-03-01", "6", "120", USD),
                sell(5, "MSFT", "2021-04-01", "5", "120", USD),
                buy(6, "KO", "2021-01-04", "1", "50", USD),
                sell(7, "KO", "2021-02-01", "1", "50", USD));

        var oversold = SellCheck.allOversold(trades, splits);

        assertThat(oversold).extracting(o -> o.sell().id()).containsExactly(3L, 5L);
        assertThat(oversold.get(0).held()).isEqualByComparingTo("10");
        assertThat(oversold.get(1).held()).isEqualByComparingTo("4");
        assertThat(oversold.get(1).sold()).isEqualByComparingTo("5");
        assertThat(SellCheck.firstOversold(trades, splits))
                .map(o -> o.sell().id())
                .contains(3L);
    }
}
