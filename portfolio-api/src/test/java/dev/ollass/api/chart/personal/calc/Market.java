package dev.ollass.api.chart.personal.calc;

import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Side;
import dev.ollass.api.holding.SplitTable;
import dev.ollass.api.holding.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A user's trades and the market they are charted against, held in memory: each test adds the few rows its case
 * needs. Closes are both the trade dates' bars and the chart window's closes, as the readers would load them.
 */
final class Market implements MarketHistory {

    static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    private final Map<String, Stock> stocks = new HashMap<>();
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> closes = new HashMap<>();
    private final Map<String, Quote> latest = new HashMap<>();
    private final Map<String, List<DividendPaid>> dividends = new HashMap<>();
    private final Map<String, List<SplitTable.Split>> splits = new HashMap<>();
    private final TreeMap<LocalDate, BigDecimal> usdKrw = new TreeMap<>();
    private final NavigableMap<LocalDate, BigDecimal> kospi = new TreeMap<>();
    private final List<Trade> trades = new ArrayList<>();
    private final Map<Long, String> accounts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    Market usStock(String code, String name) {
        stocks.put(code, new Stock(code, Currency.USD, "USA"));
        names.put(code, name);
        return this;
    }

    Market koreanStock(String code, String name) {
        stocks.put(code, new Stock(code, Currency.KRW, "Korea"));
        names.put(code, name);
        return this;
    }

    Market close(String code, String date, String close) {
        closes.computeIfAbsent(code, c -> new TreeMap<>()).put(LocalDate.parse(date), new BigDecimal(close));
        return this;
    }

    Market latest(String code, String price, String date) {
        latest.put(code, new Quote(new BigDecimal(price), LocalDate.parse(date)));
        return this;
    }

    Market dividend(String code, String exDate, String perShare) {
        dividends
                .computeIfAbsent(code, c -> new ArrayList<>())
                .add(new DividendPaid(LocalDate.parse(exDate), new BigDecimal(perShare)));
        return this;
    }

    Market split(String code, String exDate, int numerator, int denominator) {
        splits.computeIfAbsent(code, c -> new ArrayList<>())
                .add(new SplitTable.Split(LocalDate.parse(exDate), numerator, denominator));
        return this;
    }

    Market usdKrw(String date, String rate) {
        usdKrw.put(LocalDate.parse(date), new BigDecimal(rate));
        return this;
    }

    Market kospi(String date, String level) {
        kospi.put(LocalDate.parse(date), new BigDecimal(level));
        return this;
    }

    Market buy(String code, String date, String quantity, String price, String account) {
        return trade(Side.BUY, code, date, quantity, price, account);
    }

    Market sell(String code, String date, String quantity, String price) {
        return trade(Side.SELL, code, date, quantity, price, null);
    }

    /** A buy without a price: it takes its date's close. */
    Market buyAtClose(String code, String date, String quantity) {
        trades.add(Trade.of(
                trades.size() + 1L, code, Side.BUY, LocalDate.parse(date), new BigDecimal(quantity), null, null));
        return this;
    }

    private Market trade(Side side, String code, String date, String quantity, String price, String account) {
        long id = trades.size() + 1L;
        trades.add(
                Trade.of(id, code, side, LocalDate.parse(date), new BigDecimal(quantity), new BigDecimal(price), null));
        if (account != null) {
            accounts.put(id, account);
        }
        return this;
    }

    /** A draft line: no date, no quantity. */
    Market draft(String code) {
        trades.add(Trade.of(trades.size() + 1L, code, Side.BUY, null, null, null, null));
        return this;
    }

    PersonalCharts charts() {
        return PersonalCharts.of(new ChartInput(TODAY, trades, accounts, names, this, closes, kospi));
    }

    @Override
    public Optional<Stock> stock(String code) {
        return Optional.ofNullable(stocks.get(code));
    }

    @Override
    public Optional<Bar> bar(String code, LocalDate date) {
        return Optional.ofNullable(closes.getOrDefault(code, new TreeMap<>()).get(date))
                .map(close -> new Bar(date, close, close, close, close, 1000));
    }

    @Override
    public Optional<Quote> latestPrice(String code) {
        return Optional.ofNullable(latest.get(code));
    }

    @Override
    public List<DividendPaid> dividends(String code) {
        return dividends.getOrDefault(code, List.of());
    }

    @Override
    public List<SplitTable.Split> splits(String code) {
        return splits.getOrDefault(code, List.of());
    }

    @Override
    public Optional<FxRate> usdKrw(LocalDate date) {
        return Optional.ofNullable(usdKrw.floorEntry(date)).map(e -> new FxRate(e.getKey(), e.getValue()));
    }

    @Override
    public Optional<FxRate> latestUsdKrw() {
        return Optional.ofNullable(usdKrw.lastEntry()).map(e -> new FxRate(e.getKey(), e.getValue()));
    }
}
