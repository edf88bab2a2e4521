package dev.ollass.api.holding.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.ProjectorSchema;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Holding;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Portfolio;
import dev.ollass.api.holding.Side;
import dev.ollass.api.holding.Trade;
import dev.ollass.api.holding.Valuation;
import dev.ollass.stack.junit.UsesLocalStack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The holdings' market data read from the projector's own tables (its migrations, read from its
 * module, so the two cannot drift) on MariaDB, as its sinks write them.
 */
@UsesLocalStack
class MarketHistoryReaderOnTheLocalStackTest {

    private static final String SCHEMA = "holding_history_test";
    private static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    private static MarketHistoryReader reader;
    private static JdbcClient sql;

    @BeforeAll
    static void projectSomeMarketData() {
        var projector = ProjectorSchema.fresh(SCHEMA);
        sql = JdbcClient.create(projector);
        sql.sql("""
                        INSERT INTO stock (code, name_kr, name_en, country, market_index, yahoo_ticker, source, observed_at)
                        VALUES ('AAPL', '애플', 'Apple', 'USA', 'NASDAQ', 'AAPL', 'test', '2021-04-16 00:00:00'),
                               ('005930', '삼성전자', 'Samsung Electronics', 'Korea', 'KOSPI', '005930.KS', 'test',
                                '2021-04-16 00:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price, low_price,
                                               close_price, adj_close_price, volume, source, observed_at)
                        VALUES ('AAPL', 'STOCK', '2019-06-03', 'USD', 43.9, 44.48, 42.5675, 43.325, 42.1, 161584400,
                                'test', '2021-04-16 00:00:00'),
                               ('AAPL', 'STOCK', '2019-06-04', 'USD', 43.86, 44.9575, 43.63, 44.91, 43.6, 123872000,
                                'test', '2021-04-16 00:00:00'),
                               ('005930', 'STOCK', '2021-01-04', 'KRW', 81000, 84400, 80200, 83000, 83000, 38655276,
                                'test', '2021-04-16 00:00:00'),
                               ('AAPL', 'INDEX', '2019-06-03', 'USD', 1, 1, 1, 1, 1, 1, 'test', '2021-04-16 00:00:00'),
                               ('USDKRW', 'FX', '2019-05-31', 'KRW', 1190, 1191, 1185, 1187.5, 1187.5, 0, 'test',
                                '2021-04-16 00:00:00'),
                               ('USDKRW', 'FX', '2019-06-03', 'KRW', 1180, 1185, 1178, 1181.2, 1181.2, 0, 'test',
                                '2021-04-16 00:00:00'),
                               ('USDKRW', 'FX', '2021-04-15', 'KRW', 1116, 1118, 1114, 1117, 1117, 0, 'test',
                                '2021-04-16 00:00:00'),
                               ('USDKRW', 'FX', '2021-04-16', 'KRW', 1116, 1118, 1114, 1116.92, 1116.92, 0, 'test',
                                '2021-04-16 00:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO latest_price (symbol, kind, price, currency, trading_date, exchange_time_zone,
                                                  source, observed_at)
                        VALUES ('AAPL', 'STOCK', 134.16, 'USD', '2021-04-16', 'America/New_York', 'test',
                                '2021-04-16 21:00:00'),
                               ('005930', 'STOCK', 84000, 'KRW', '2021-04-16', 'Asia/Seoul', 'test',
                                '2021-04-16 07:00:00'),
                               ('USDKRW', 'FX', 1116.92, 'KRW', '2021-04-16', 'Asia/Seoul', 'test',
                                '2021-04-16 07:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO dividend (symbol, ex_date, amount, currency, source, observed_at)
                        VALUES ('AAPL', '2019-05-10', 0.1925, 'USD', 'test', '2021-04-16 00:00:00'),
                               ('AAPL', '2020-11-06', 0.205, 'USD', 'test', '2021-04-16 00:00:00'),
                               ('AAPL', '2021-05-07', 0.22, 'USD', 'test', '2021-04-16 00:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO split (symbol, ex_date, numerator, denominator, source, observed_at)
                        VALUES ('AAPL', '2014-06-09', 7, 1, 'test', '2021-04-16 00:00:00'),
                               ('AAPL', '2020-08-31', 4, 1, 'test', '2021-04-16 00:00:00')
                        """).update();
        reader = new MarketHistoryReader(JdbcClient.create(projector));
    }

    static Trade buy(long id, String code, String date, String quantity, String price, Currency currency) {
        return new Trade(
                id,
                code,
                Side.BUY,
                LocalDate.parse(date),
                new BigDecimal(quantity),
                price == null ? null : new BigDecimal(price),
                currency,
                null,
                null);
    }

    @Test
    void readsWhatAPortfolioNeedsOfItsStocksOnly() {
        List<Trade> trades = List.of(
                buy(1, "AAPL", "2019-06-03", "10", "175", Currency.USD),
                buy(2, "005930", "2021-01-04", "1", "83000", Currency.KRW));

        MarketHistory market = reader.load(trades, List.of(), TODAY);

        assertThat(market.stock("AAPL")).contains(new MarketHistory.Stock("AAPL", Currency.USD, "USA"));
        assertThat(market.stock("005930")).contains(new MarketHistory.Stock("005930", Currency.KRW, "Korea"));
        assertThat(market.stock("MSFT")).isEmpty();
        MarketHistory.Bar bar =
                market.bar("AAPL", LocalDate.parse("2019-06-03")).orElseThrow();
        assertThat(bar.close()).isEqualByComparingTo("43.325");
        assertThat(bar.high()).isEqualByComparingTo("44.48");
        assertThat(bar.volume()).isEqualTo(161584400L);
        assertThat(market.bar("AAPL", LocalDate.parse("2019-06-04"))).isEmpty(); // no trade that day
        assertThat(market.latestPrice("005930").orElseThrow().price()).isEqualByComparingTo("84000");
        assertThat(market.dividends("AAPL"))
                .extracting(MarketHistory.DividendPaid::exDate)
                .containsExactly(LocalDate.parse("2019-05-10"), LocalDate.parse("2020-11-06"));
        assertThat(market.factor("AAPL", LocalDate.parse("2019-06-03"))).isEqualByComparingTo("4");
        assertThat(market.factor("AAPL", LocalDate.parse("2014-01-02"))).isEqualByComparingTo("28");
        assertThat(market.latestUsdKrw())
                .contains(new MarketHistory.FxRate(TODAY, new BigDecimal("1116.9200000000000000")));
    }

    @Test
    void carriesTheLastRateBeforeADateWithoutOne() {
        MarketHistory market =
                reader.load(List.of(buy(1, "AAPL", "2019-06-03", "1", "175", Currency.USD)), List.of(), TODAY);

        MarketHistory.FxRate sunday =
                market.usdKrw(LocalDate.parse("2019-06-02")).orElseThrow();
        assertThat(sunday.date()).isEqualTo(LocalDate.parse("2019-05-31"));
        assertThat(sunday.rate()).isEqualByComparingTo("1187.5");
        assertThat(market.usdKrw(LocalDate.parse("2019-06-03")).orElseThrow().rate())
                .isEqualByComparingTo("1181.2");
    }

    @Test
    void aRateLongBeforeTheWindowIsStillFoundToCarryForward() {
        MarketHistory market =
                reader.load(List.of(buy(1, "AAPL", "2020-01-02", "1", "75", Currency.USD)), List.of(), TODAY);

        assertThat(market.usdKrw(LocalDate.parse("2020-01-02")).orElseThrow().date())
                .isEqualTo(LocalDate.parse("2019-06-03"));
    }

    @Test
    void anAaplBuyOf2019IsValuedAsFourTimesTheSharesFromTheTables() {
        Portfolio portfolio = Valuation.of(
                List.of(buy(1, "AAPL", "2019-06-03", "10", "175", Currency.USD)),
                List.of(),
                reader.load(List.of(buy(1, "AAPL", "2019-06-03", "10", "175", Currency.USD)), List.of(), TODAY),
                TODAY);

        Holding apple = portfolio.holding("AAPL").orElseThrow();
        assertThat(apple.quantity()).isEqualByComparingTo("40");
        assertThat(apple.averageCost()).isEqualByComparingTo("43.75");
        // 40 × 134.16 = 5,366.4 USD; × 1,116.92
        assertThat(apple.marketValue().usd()).isEqualByComparingTo("5366.4");
        assertThat(apple.marketValue().krw()).isEqualByComparingTo("5993839.488");
        // ex-date 2020-11-06: 40 × 0.205 = 8.2 USD; 2019-05-10 was before the buy
        assertThat(apple.dividends().usd()).isEqualByComparingTo("8.2");
    }

    @Test
    void readsTheBarsOfManyTradesInChunks() {
        List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < MarketHistoryReader.CHUNK + 5; i++) {
            trades.add(buy(i, "AAPL", LocalDate.parse("2019-06-03").minusDays(i).toString(), "1", "1", Currency.USD));
        }

        MarketHistory market = reader.load(trades, List.of(), TODAY);

        assertThat(market.bar("AAPL", LocalDate.parse("2019-06-03"))).isPresent();
    }

    @Test
    void theSplitTableAloneServesASellCheck() {
        assertThat(reader.splits(List.of("AAPL")).factor("AAPL", LocalDate.parse("2019-06-03")))
                .isEqualByComparingTo("4");
        assertThat(reader.splits(List.of()).splits("AAPL")).isEmpty();
    }

    private static KeptMarketHistory kept(String keepFor, int keptBars) {
        return new KeptMarketHistory(reader, new MarketHistorySettings(java.time.Duration.parse(keepFor), keptBars));
    }

    @Test
    void theKeptHistoryAnswersWhatTheReaderReads() {
        List<Trade> trades = List.of(
                buy(1, "AAPL", "2019-06-03", "10", "175", Currency.USD),
                buy(2, "005930", "2021-01-04", "1", "83000", Currency.KRW),
                buy(3, "MSFT", "2020-01-02", "1", "150", Currency.USD));
        KeptMarketHistory kept = kept("PT60S", 1000);

        for (int round = 0; round < 2; round++) { // read, then kept
            MarketHistory market = kept.load(trades, List.of(), TODAY, "v1");
            MarketHistory read = reader.load(trades, List.of(), TODAY);

            for (String code : List.of("AAPL", "005930", "MSFT")) {
                assertThat(market.stock(code)).isEqualTo(read.stock(code));
                assertThat(market.latestPrice(code)).isEqualTo(read.latestPrice(code));
                assertThat(market.dividends(code)).isEqualTo(read.dividends(code));
                assertThat(market.splits(code)).isEqualTo(read.splits(code));
            }
            for (Trade trade : trades) {
                assertThat(market.bar(trade.code(), trade.tradeDate()))
                        .isEqualTo(read.bar(trade.code(), trade.tradeDate()));
            }
            assertThat(market.bar("AAPL", LocalDate.parse("2019-06-03"))).isPresent();
            for (LocalDate day = LocalDate.parse("2019-06-01");
                    day.isBefore(TODAY.plusDays(2));
                    day = day.plusDays(1)) {
                assertThat(market.usdKrw(day)).isEqualTo(read.usdKrw(day));
            }
            assertThat(market.latestUsdKrw()).isEqualTo(read.latestUsdKrw());
        }
    }

    @Test
    void aBarChangedWithinAMarketVersionIsSeenWithTheNextVersion() {
        List<Trade> trades = List.of(buy(1, "005930", "2021-01-05", "1", null, Currency.KRW));
        KeptMarketHistory kept = kept("PT60S", 1000);
        try {
            assertThat(kept.load(trades, List.of(), TODAY, "v1").bar("005930", LocalDate.parse("2021-01-05")))
                    .isEmpty();
            sql.sql("""
                            INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price,
                                                   low_price, close_price, adj_close_price, volume, source, observed_at)
                            VALUES ('005930', 'STOCK', '2021-01-05', 'KRW', 83000, 84000, 82000, 83900, 83900, 1,
                                    'test', '2021-04-16 00:00:00')
                            """).update();

            assertThat(kept.load(trades, List.of(), TODAY, "v1").bar("005930", LocalDate.parse("2021-01-05")))
                    .isEmpty();
            assertThat(kept.load(trades, List.of(), TODAY, "v2")
                            .bar("005930", LocalDate.parse("2021-01-05"))
                            .orElseThrow()
                            .close())
                    .isEqualByComparingTo("83900");
            assertThat(kept("PT0S", 1000)
                            .load(trades, List.of(), TODAY, "v1")
                            .bar("005930", LocalDate.parse("2021-01-05")))
                    .as("nothing kept with keep-for 0")
                    .isPresent();
        } finally {
            sql.sql("DELETE FROM daily_bar WHERE symbol = '005930' AND trading_date = '2021-01-05'")
                    .update();
        }
    }

    @Test
    void barsBeyondTheKeptOnesAreStillAnswered() {
        List<Trade> trades = List.of(
                buy(1, "AAPL", "2019-06-03", "1", "175", Currency.USD),
                buy(2, "AAPL", "2019-06-04", "1", "175", Currency.USD),
                buy(3, "005930", "2021-01-04", "1", "83000", Currency.KRW));
        KeptMarketHistory kept = kept("PT60S", 1);

        for (int round = 0; round < 2; round++) {
            MarketHistory market = kept.load(trades, List.of(), TODAY, "v1");

            assertThat(market.bar("AAPL", LocalDate.parse("2019-06-03"))).isPresent();
            assertThat(market.bar("AAPL", LocalDate.parse("2019-06-04"))).isPresent();
            assertThat(market.bar("005930", LocalDate.parse("2021-01-04"))).isPresent();
        }
    }
}
