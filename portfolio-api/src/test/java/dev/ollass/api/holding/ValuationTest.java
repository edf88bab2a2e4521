package dev.ollass.api.holding;

import static dev.ollass.api.holding.Currency.KRW;
import static dev.ollass.api.holding.Currency.USD;
import static dev.ollass.api.holding.FakeMarket.market;
import static dev.ollass.api.holding.Trades.buy;
import static dev.ollass.api.holding.Trades.sell;
import static dev.ollass.api.holding.Trades.withFee;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Holdings and profits against cases computed by hand (the arithmetic is in each test's comment).
 * The market day is 2021-04-16, the last day of the recorded history.
 */
class ValuationTest {

    static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    static Portfolio value(MarketHistory market, Trade... trades) {
        return Valuation.of(List.of(trades), List.of(), market, TODAY);
    }

    static void assertMoney(BigDecimal actual, String expected) {
        assertThat(actual).isEqualByComparingTo(expected);
    }

    @Nested
    class AKoreanStock {

        final FakeMarket market = market().koreanStock("005930")
                .latest("005930", "84000", "2021-04-16")
                .usdKrw("2021-01-04", "1100")
                .usdKrw("2021-04-16", "1100");

        @Test
        void aPartialSellTakesSharesOutAtTheAverageCostAndLeavesTheAverageAsItWas() {
            // bought 10 at 80,000 and 10 at 90,000: average 85,000; sold 5 at 100,000:
            // realized 5 × (100,000 − 85,000) = 75,000; 15 held at 85,000 = 1,275,000 invested,
            // worth 15 × 84,000 = 1,260,000: −15,000, −1.1765 %
            Portfolio portfolio = value(
                    market,
                    buy(1, "005930", "2021-01-04", "10", "80000", KRW),
                    buy(2, "005930", "2021-02-01", "10", "90000", KRW),
                    sell(3, "005930", "2021-03-02", "5", "100000", KRW));

            Holding samsung = portfolio.holding("005930").orElseThrow();
            assertThat(samsung.currency()).isEqualTo(KRW);
            assertMoney(samsung.quantity(), "15");
            assertMoney(samsung.averageCost(), "85000");
            assertMoney(samsung.invested().krw(), "1275000");
            assertMoney(samsung.marketValue().krw(), "1260000");
            assertMoney(samsung.unrealizedProfit().krw(), "-15000");
            assertMoney(samsung.unrealizedRate(), "-1.1765");
            assertMoney(samsung.realizedProfit().krw(), "75000");
            // 1,275,000 / 1,100
            assertMoney(samsung.invested().usd(), "1159.0909");
        }

        @Test
        void eachBuyRowShowsTheProfitOfItsSharesStillHeldAndTheSellRowItsRealizedProfit() {
            // the sell of 5 out of 20 leaves 3/4 of each buy: 7.5 shares each;
            // buy 1: (84,000 − 80,000) × 7.5 = 30,000 (+5 %); buy 2: (84,000 − 90,000) × 7.5 = −45,000
            // (−6.6667 %); the sell: 75,000 on a cost of 425,000 = 17.6471 %
            Portfolio portfolio = value(
                    market,
                    buy(1, "005930", "2021-01-04", "10", "80000", KRW),
                    buy(2, "005930", "2021-02-01", "10", "90000", KRW),
                    sell(3, "005930", "2021-03-02", "5", "100000", KRW));

            RowValues first = portfolio.row(1).orElseThrow();
            assertThat(first.displayCurrency()).isEqualTo(KRW);
            assertMoney(first.currentPrice(), "84000");
            assertMoney(first.tradeAmount(), "800000");
            assertMoney(first.heldQuantity(), "7.5");
            assertMoney(first.profit(), "30000");
            assertMoney(first.profitRate(), "5");
            RowValues second = portfolio.row(2).orElseThrow();
            assertMoney(second.profit(), "-45000");
            assertMoney(second.profitRate(), "-6.6667");
            RowValues sold = portfolio.row(3).orElseThrow();
            assertMoney(sold.profit(), "75000");
            assertMoney(sold.profitRate(), "17.6471");
            assertMoney(sold.heldQuantity(), "0");
            assertMoney(first.profit().add(second.profit()), "-15000");
        }

        @Test
        void aDraftLineWithoutQuantityDateOrSideIsLeftOutOfEveryNumber() {
            Trade draft = Trade.of(9, "005930", null, null, null, new BigDecimal("1"), KRW);

            Portfolio portfolio = value(market, buy(1, "005930", "2021-01-04", "10", "80000", KRW), draft);

            assertMoney(portfolio.holding("005930").orElseThrow().quantity(), "10");
            assertThat(portfolio.row(9)).isEmpty();
            assertThat(portfolio.notes()).contains("1 incomplete transaction(s) (no side, date or quantity) left out");
        }
    }

    @Nested
    class SellingEverything {

        final FakeMarket market =
                market().usStock("MSFT").latest("MSFT", "140", "2021-04-16").usdKrw("2021-01-04", "1000");

        @Test
        void aFullSellResetsTheAverageSoARebuyStartsAfresh() {
            // 10 at 100 sold at 120: realized 200, nothing held; 5 bought again at 130: average 130,
            // not (1000 + 650) / 15; worth 5 × 140 = 700: +50, +7.6923 %
            Portfolio portfolio = value(
                    market,
                    buy(1, "MSFT", "2021-01-04", "10", "100", USD),
                    sell(2, "MSFT", "2021-02-01", "10", "120", USD),
                    buy(3, "MSFT", "2021-03-01", "5", "130", USD));

            Holding msft = portfolio.holding("MSFT").orElseThrow();
            assertMoney(msft.quantity(), "5");
            assertMoney(msft.averageCost(), "130");
            assertMoney(msft.invested().usd(), "650");
            assertMoney(msft.realizedProfit().usd(), "200");
            assertMoney(msft.unrealizedProfit().usd(), "50");
            assertMoney(msft.unrealizedRate(), "7.6923");
            assertMoney(portfolio.row(1).orElseThrow().heldQuantity(), "0");
            assertMoney(portfolio.row(1).orElseThrow().profit(), "0");
            assertMoney(portfolio.row(3).orElseThrow().heldQuantity(), "5");
        }

        @Test
        void aStockSoldOutStaysWithItsRealizedProfitAndNothingInvested() {
            Portfolio portfolio = value(
                    market,
                    buy(1, "MSFT", "2021-01-04", "10", "100", USD),
                    sell(2, "MSFT", "2021-02-01", "10", "120", USD));

            Holding msft = portfolio.holding("MSFT").orElseThrow();
            assertThat(msft.held()).isFalse();
            assertMoney(msft.averageCost(), "0");
            assertMoney(msft.invested().usd(), "0");
            assertMoney(msft.marketValue().usd(), "0");
            assertMoney(msft.realizedProfit().usd(), "200");
            // 200 USD at 1,000 KRW on the sell's date (carried forward from 2021-01-04)
            assertMoney(msft.realizedProfit().krw(), "200000");
        }

        @Test
        void feesAddToTheCostOfABuyAndComeOffTheProceedsOfASell() {
            // cost 10 × 100 + 5 = 1,005 (average 100.5); proceeds 10 × 110 − 5 = 1,095: realized 90
            Portfolio portfolio = value(
                    market,
                    withFee(buy(1, "MSFT", "2021-01-04", "10", "100", USD), "5"),
                    withFee(sell(2, "MSFT", "2021-02-01", "4", "110", USD), "2"));

            Holding msft = portfolio.holding("MSFT").orElseThrow();
            // sold 4 of 10: cost out 402, proceeds 440 − 2: realized 36; 6 held at 100.5 = 603
            assertMoney(msft.realizedProfit().usd(), "36");
            assertMoney(msft.averageCost(), "100.5");
            assertMoney(msft.invested().usd(), "603");
            assertMoney(msft.fees().usd(), "7");
        }
    }

    @Nested
    class ASplitAfterTheBuy {

        final FakeMarket market = market().usStock("AAPL")
                .split("AAPL", "2020-08-31", 4, 1)
                // the history as downloaded after the split: a quarter of the prices of the day
                .bar(
                        "AAPL",
                        "2019-06-03",
                        new BigDecimal("43.9"),
                        new BigDecimal("44.48"),
                        new BigDecimal("42.5675"),
                        new BigDecimal("43.325"),
                        161584400)
                .latest("AAPL", "130", "2021-04-16")
                .usdKrw("2019-06-03", "1180")
                .usdKrw("2021-04-16", "1100");

        @Test
        void aBuyOfTenAt400BeforeAFourForOneSplitIsFortySharesAt100() {
            // 10 × 400 = 4,000 USD for 40 of today's shares: average 100; worth 40 × 130 = 5,200: +30 %;
            // in KRW: cost 4,000 × 1,180 = 4,720,000, worth 5,200 × 1,100 = 5,720,000
            Portfolio portfolio = value(market, buy(1, "AAPL", "2019-06-03", "10", "400", USD));

            Holding apple = portfolio.holding("AAPL").orElseThrow();
            assertMoney(apple.quantity(), "40");
            assertMoney(apple.averageCost(), "100");
            assertMoney(apple.invested().usd(), "4000");
            assertMoney(apple.marketValue().usd(), "5200");
            assertMoney(apple.unrealizedRate(), "30");
            assertMoney(apple.invested().krw(), "4720000");
            assertMoney(apple.marketValue().krw(), "5720000");
            assertMoney(apple.unrealizedProfit().krw(), "1000000");
        }

        @Test
        void theRowKeepsWhatWasTradedAndShowsTheBarAsTradedThatDay() {
            // the row's quantity stays 10; today's units 40; the close of that day as traded was
            // 4 × 43.325 = 173.3
            Portfolio portfolio = value(market, buy(1, "AAPL", "2019-06-03", "10", "400", USD));

            RowValues row = portfolio.row(1).orElseThrow();
            assertMoney(row.splitFactor(), "4");
            assertMoney(row.adjustedQuantity(), "40");
            assertMoney(row.tradeAmount(), "4000");
            assertMoney(row.currentPrice(), "130");
            assertMoney(row.profitRate(), "30");
            assertMoney(row.profit(), "1200");
            assertMoney(row.close(), "173.3");
            assertMoney(row.open(), "175.6");
            assertMoney(row.high(), "177.92");
            assertMoney(row.low(), "170.27");
            assertThat(row.volume()).isEqualTo(161584400L);
        }

        @Test
        void aBuyWithoutPriceTakesTheAdjustedCloseOnceAndIsNotAdjustedAgain() {
            // 40 of today's shares at the history's 43.325 = 1,733 (not 4 × or ÷ 4 of it)
            Portfolio portfolio = value(market, buy(1, "AAPL", "2019-06-03", "10", null, null));

            Holding apple = portfolio.holding("AAPL").orElseThrow();
            assertMoney(apple.quantity(), "40");
            assertMoney(apple.invested().usd(), "1733");
            assertMoney(apple.averageCost(), "43.325");
            assertMoney(portfolio.row(1).orElseThrow().tradeAmount(), "1733");
        }

        @Test
        void aSellEnteredAfterTheSplitIsInSplitShares() {
            // 40 held; 20 sold at 120 on 2020-10-01: cost out 2,000, realized 400; 20 left at 100
            Portfolio portfolio = value(
                    market,
                    buy(1, "AAPL", "2019-06-03", "10", "400", USD),
                    sell(2, "AAPL", "2020-10-01", "20", "120", USD));

            Holding apple = portfolio.holding("AAPL").orElseThrow();
            assertMoney(apple.quantity(), "20");
            assertMoney(apple.averageCost(), "100");
            assertMoney(apple.realizedProfit().usd(), "400");
            assertMoney(portfolio.row(2).orElseThrow().splitFactor(), "1");
        }

        @Test
        void aSellLargerThanTheHoldingSellsWhatIsHeldAndSaysSo() {
            Portfolio portfolio = value(
                    market,
                    buy(1, "AAPL", "2019-06-03", "10", "400", USD),
                    sell(2, "AAPL", "2020-10-01", "50", "120", USD));

            Holding apple = portfolio.holding("AAPL").orElseThrow();
            assertMoney(apple.quantity(), "0");
            // 40 sold for 40/50 of 6,000 = 4,800, on a cost of 4,000
            assertMoney(apple.realizedProfit().usd(), "800");
            assertThat(apple.notes()).anyMatch(note -> note.contains("sells 50 but 40 are held"));
        }
    }

    @Nested
    class AUsStockBoughtInEitherCurrency {

        final FakeMarket market = market().usStock("AAPL")
                .latest("AAPL", "130", "2021-04-16")
                .usdKrw("2021-01-04", "1000")
                .usdKrw("2021-04-16", "1200");

        @Test
        void aKrwPriceIsConvertedWithTheRateOfTheTradeDate() {
            // 150,000 KRW at 1,000 KRW/USD = 150 USD; worth 130 USD: −20 USD (−13.3333 %);
            // in KRW 130 × 1,200 = 156,000 against the 150,000 paid: +6,000
            Portfolio portfolio = value(market, buy(1, "AAPL", "2021-01-04", "1", "150000", KRW));

            Holding apple = portfolio.holding("AAPL").orElseThrow();
            assertMoney(apple.averageCost(), "150");
            assertMoney(apple.invested().usd(), "150");
            assertMoney(apple.invested().krw(), "150000");
            assertMoney(apple.unrealizedProfit().usd(), "-20");
            assertMoney(apple.unrealizedRate(), "-13.3333");
            assertMoney(apple.unrealizedProfit().krw(), "6000");
        }

        @Test
        void aRowEnteredInKrwIsShownInKrwComparingLikeWithLike() {
            // 현재가 130 × 1,200 = 156,000; against 150,000 paid: +4 %, +6,000
            RowValues row = value(market, buy(1, "AAPL", "2021-01-04", "1", "150000", KRW))
                    .row(1)
                    .orElseThrow();

            assertThat(row.displayCurrency()).isEqualTo(KRW);
            assertMoney(row.currentPrice(), "156000");
            assertMoney(row.tradeAmount(), "150000");
            assertMoney(row.profitRate(), "4");
            assertMoney(row.profit(), "6000");
        }

        @Test
        void aUsdPriceCostsItsKrwAtTheRateOfTheTradeDate() {
            Portfolio portfolio = value(market, buy(1, "AAPL", "2021-01-04", "1", "150", USD));

            Holding apple = portfolio.holding("AAPL").orElseThrow();
            assertMoney(apple.invested().krw(), "150000");
            assertMoney(apple.marketValue().krw(), "156000");
            RowValues row = portfolio.row(1).orElseThrow();
            assertThat(row.displayCurrency()).isEqualTo(USD);
            assertMoney(row.currentPrice(), "130");
            assertMoney(row.profit(), "-20");
            assertMoney(row.profitRate(), "-13.3333");
        }

        @Test
        void totalsAreInKrwWithTheExchangeRatesOfTheOriginal() {
            Portfolio portfolio = value(market, buy(1, "AAPL", "2021-01-04", "1", "150", USD));

            Totals totals = portfolio.totals();
            assertMoney(totals.invested().stock(), "150000");
            assertMoney(totals.marketValue().stock(), "156000");
            assertMoney(totals.unrealizedProfit().stock(), "6000");
            assertMoney(totals.unrealizedRate(), "4");
            assertMoney(totals.marketValue().usd(), "130");
            assertMoney(portfolio.wonExchange(), "1200");
            assertMoney(portfolio.dollarExchange(), "0.0008333333333333333");
        }
    }

    @Nested
    class CashFlows {

        final FakeMarket market = market().usdKrw("2021-01-04", "1100").usdKrw("2021-02-01", "1200");

        CashFlow flow(long id, CashFlowType type, String date, String amount, Currency currency) {
            return new CashFlow(id, type, LocalDate.parse(date), new BigDecimal(amount), currency, null);
        }

        @Test
        void eachCashFlowIsSummedByTypeInKrwAtTheRateOfItsDate() {
            // deposits: 1,000,000 KRW + 500 USD × 1,200 (02-01) + 100 USD on 02-03, no rate that day: 02-01's 1,200
            // = 1,720,000; withdrawals: 200,000 KRW; net 1,520,000; a dividend of 10 USD on 01-04 × 1,100 = 11,000,
            // its tax of 1.5 USD = 1,650
            Portfolio portfolio = Valuation.of(
                    List.of(),
                    List.of(
                            flow(1, CashFlowType.DEPOSIT, "2021-01-04", "1000000", KRW),
                            flow(2, CashFlowType.DEPOSIT, "2021-02-01", "500", USD),
                            flow(3, CashFlowType.DEPOSIT, "2021-02-03", "100", USD),
                            flow(4, CashFlowType.WITHDRAWAL, "2021-02-03", "200000", KRW),
                            flow(5, CashFlowType.DIVIDEND, "2021-01-04", "10", USD),
                            flow(6, CashFlowType.TAX, "2021-01-04", "1.5", USD)),
                    market,
                    TODAY);

            Totals.CashSummary cash = portfolio.totals().cash();
            assertMoney(cash.deposits().krw(), "1720000");
            assertMoney(cash.withdrawals().krw(), "200000");
            assertMoney(cash.netContributed().krw(), "1520000");
            assertMoney(cash.dividends().krw(), "11000");
            assertMoney(cash.taxes().krw(), "1650");
            // 1,000,000 / 1,100 + 500 + 100
            assertMoney(cash.deposits().usd(), "1509.0909");
            assertThat(portfolio.holdings()).isEmpty();
            assertMoney(portfolio.totals().marketValue().krw(), "0");
        }

        @Test
        void withoutCashFlowsEverySumIsZero() {
            Totals.CashSummary cash =
                    Valuation.of(List.of(), List.of(), market, TODAY).totals().cash();

            assertMoney(cash.deposits().krw(), "0");
            assertMoney(cash.netContributed().krw(), "0");
            assertMoney(cash.taxes().krw(), "0");
        }

        @Test
        void theTypeIsReadInEnglishOrKorean() {
            assertThat(CashFlowType.parse(" deposit ")).contains(CashFlowType.DEPOSIT);
            assertThat(CashFlowType.parse("출금")).contains(CashFlowType.WITHDRAWAL);
            assertThat(CashFlowType.parse("배당금")).contains(CashFlowType.DIVIDEND);
            assertThat(CashFlowType.parse("배당")).contains(CashFlowType.DIVIDEND);
            assertThat(CashFlowType.parse("세금")).contains(CashFlowType.TAX);
            assertThat(CashFlowType.parse("입금")).contains(CashFlowType.DEPOSIT);
            assertThat(CashFlowType.parse("Tax")).contains(CashFlowType.TAX);
            assertThat(CashFlowType.parse("withdrawal")).contains(CashFlowType.WITHDRAWAL);
            assertThat(CashFlowType.parse("dividend")).contains(CashFlowType.DIVIDEND);
            assertThat(CashFlowType.parse("TRADE")).isEmpty();
        }
    }

    @Nested
    class Dividends {

        final FakeMarket market = market().usStock("KO")
                .latest("KO", "53", "2021-04-16")
                .dividend("KO", "2020-11-27", "0.41")
                .dividend("KO", "2021-03-12", "0.42")
                .dividend("KO", "2021-04-14", "0.42")
                .usdKrw("2020-11-27", "1100")
                .usdKrw("2021-04-13", "1200");

        @Test
        void areTheSharesHeldOnEachExDateAfterTheBuyTimesTheDividend() {
            // the ex-date 2020-11-27 is before the buy: nothing; 100 held on 2021-03-12: 42 USD;
            // 60 held on 2021-04-14: 25.2 USD; 67.2 USD in all; in KRW 42 × 1,100 + 25.2 × 1,200
            // (the rate of 2021-04-13 carried forward) = 46,200 + 30,240 = 76,440
            Portfolio portfolio = value(
                    market, buy(1, "KO", "2021-03-01", "100", "50", USD), sell(2, "KO", "2021-03-20", "40", "52", USD));

            Holding coke = portfolio.holding("KO").orElseThrow();
            assertMoney(coke.dividends().usd(), "67.2");
            assertMoney(coke.dividends().krw(), "76440");
            assertMoney(portfolio.row(1).orElseThrow().dividend(), "67.2");
            assertMoney(portfolio.row(2).orElseThrow().dividend(), "0");
            assertMoney(portfolio.totals().dividends().krw(), "76440");
            assertThat(portfolio.notes()).contains("USDKRW of 2021-04-14 carried forward from 2021-04-13");
        }

        @Test
        void aBuyOnTheExDateDoesNotReceiveThatDividendButASellOnItKeepsIt() {
            // bought on 2021-03-12 (ex-date): not entitled; sold on 2021-04-14 (ex-date): still entitled
            Portfolio portfolio = value(
                    market,
                    buy(1, "KO", "2021-03-12", "100", "50", USD),
                    sell(2, "KO", "2021-04-14", "100", "52", USD));

            assertMoney(portfolio.holding("KO").orElseThrow().dividends().usd(), "42");
        }

        @Test
        void aStockWithoutDividendsReceivesNothingNotOnePerShare() {
            Portfolio portfolio = value(
                    market().usStock("TSLA").latest("TSLA", "700", "2021-04-16").usdKrw("2021-01-04", "1100"),
                    buy(1, "TSLA", "2021-01-04", "3", "700", USD));

            assertMoney(portfolio.row(1).orElseThrow().dividend(), "0");
            assertMoney(portfolio.totals().dividends().krw(), "0");
        }
    }

    @Nested
    class PricesAndDates {

        final FakeMarket market = market().usStock("AAPL")
                .latest("AAPL", "134.16", "2021-04-16")
                .dividend("AAPL", "2021-05-07", "0.22")
                .usdKrw("2021-04-16", "1100");

        @Test
        void aTradeOfTodayWithoutPriceTakesTheLatestPriceBeforeTheDaysBarIsIn() {
            Portfolio portfolio = value(market, buy(1, "AAPL", "2021-04-16", "2", null, null));

            assertMoney(portfolio.holding("AAPL").orElseThrow().invested().usd(), "268.32");
        }

        @Test
        void aPastTradeWithoutPriceAndWithoutABarIsLeftOutAndSaysSo() {
            Portfolio portfolio = value(
                    market,
                    buy(1, "AAPL", "2021-04-15", "2", null, null),
                    buy(2, "AAPL", "2021-04-16", "1", "130", USD));

            assertMoney(portfolio.holding("AAPL").orElseThrow().quantity(), "1");
            assertThat(portfolio.row(1)).isEmpty();
            assertThat(portfolio.notes()).contains("AAPL: transaction 1 has no price, left out");
        }

        @Test
        void aDividendWithAnExDateAfterTheValuationDateIsNotReceivedYet() {
            Portfolio portfolio = value(market, buy(1, "AAPL", "2021-04-01", "10", "120", USD));

            assertMoney(portfolio.holding("AAPL").orElseThrow().dividends().usd(), "0");
        }

        @Test
        void aPriceOlderThanFiveDaysIsFlaggedStaleWithItsDate() {
            FakeMarket old = market().koreanStock("005930").latest("005930", "84000", "2021-04-10");

            Holding fresh = value(market, buy(1, "AAPL", "2021-04-16", "1", "130", USD))
                    .holding("AAPL")
                    .orElseThrow();
            Holding stale = value(old, buy(1, "005930", "2021-04-01", "1", "80000", KRW))
                    .holding("005930")
                    .orElseThrow();

            assertThat(fresh.price()).isNotNull();
            assertThat(fresh.price().stale()).isFalse();
            assertThat(fresh.notes()).isEmpty();
            assertThat(stale.price())
                    .isEqualTo(new Holding.Price(new BigDecimal("84000"), LocalDate.parse("2021-04-10"), true));
            assertThat(stale.notes()).contains("latest price is of 2021-04-10");
        }

        @Test
        void withoutAnyRateTheOriginals1400IsAssumedAndSaid() {
            FakeMarket noFx = market().usStock("AAPL").latest("AAPL", "130", "2021-04-16");

            Portfolio portfolio = value(noFx, buy(1, "AAPL", "2021-04-16", "1", "130", USD));

            assertMoney(portfolio.wonExchange(), "1400");
            assertMoney(portfolio.holding("AAPL").orElseThrow().invested().krw(), "182000");
            assertThat(portfolio.notes())
                    .contains("no USDKRW rate known: 1400 KRW per USD assumed, as the original did");
        }

        @Test
        void aStockTheMarketDoesNotKnowIsLeftOutAndTheOthersAreFound() {
            Portfolio portfolio = value(
                    market, buy(1, "NOPE", "2021-04-16", "1", "1", USD), buy(2, "AAPL", "2021-04-16", "1", "130", USD));

            assertThat(portfolio.holdings()).extracting(Holding::code).containsExactly("AAPL");
            assertThat(portfolio.holding("NOPE")).isEmpty();
            assertThat(portfolio.notes()).containsExactly("NOPE: not in the market data, its transactions left out");
        }

        @Test
        void aQuantityOfZeroIsADraftLine() {
            assertThat(buy(1, "AAPL", "2021-04-16", "0", "1", USD).complete()).isFalse();
            assertThat(buy(1, "AAPL", "2021-04-16", "0.5", "1", USD).complete()).isTrue();
        }

        @Test
        void aSplitRatioIsPositive() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new SplitTable.Split(LocalDate.parse("2020-08-31"), 0, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new SplitTable.Split(LocalDate.parse("2020-08-31"), 1, 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new SplitTable.Split(LocalDate.parse("2020-08-31"), 1, 1).numerator())
                    .isEqualTo(1);
        }
    }
}
