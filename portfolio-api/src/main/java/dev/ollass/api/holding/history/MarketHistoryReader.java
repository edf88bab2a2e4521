package dev.ollass.api.holding.history;

import dev.ollass.api.holding.CashFlow;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.SplitTable;
import dev.ollass.api.holding.Trade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads what valuing a portfolio needs from the projector's market tables (the API's primary,
 * read-only DataSource): one query per kind for all of the portfolio's stocks (the stocks, their
 * latest prices, dividends and splits; the bars of the trade dates, by primary key, in chunks of
 * {@value #CHUNK}; the USDKRW rates from the earliest date needed), never one per stock or date.
 */
@Component
public class MarketHistoryReader {

    /** Pairs per bar query; MySQL and MariaDB take far more, this keeps statements small. */
    static final int CHUNK = 1000;

    /** How far before the earliest date USDKRW rates are read, so that its rate can be carried forward. */
    static final int FX_LOOKBACK_DAYS = 14;

    private static final String USD_KRW = "USDKRW";

    private final JdbcClient jdbc;

    public MarketHistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The market data for valuing {@code trades} and {@code cashFlows} on {@code asOf}. */
    public MarketHistory load(Collection<Trade> trades, Collection<CashFlow> cashFlows, LocalDate asOf) {
        LoadedMarket market = new LoadedMarket();
        Set<String> codes = trades.stream().map(Trade::code).collect(Collectors.toCollection(TreeSet::new));
        if (!codes.isEmpty()) {
            symbols(codes, asOf, market);
            bars(trades, market);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        trades.stream().map(Trade::tradeDate).filter(Objects::nonNull).forEach(dates::add);
        cashFlows.stream().map(CashFlow::date).forEach(dates::add);
        fx(dates.isEmpty() ? asOf : dates.first(), asOf, market);
        return market;
    }

    /** The split table of {@code codes}, for a sell check. */
    public SplitTable splits(Collection<String> codes) {
        Map<String, List<SplitTable.Split>> splits = new HashMap<>();
        if (!codes.isEmpty()) {
            splits(Set.copyOf(codes), splits);
        }
        return code -> splits.getOrDefault(code, List.of());
    }

    /** What {@code codes} are (stock, latest price), their splits and their dividends up to {@code asOf}. */
    void symbols(Set<String> codes, LocalDate asOf, LoadedMarket market) {
        stocks(codes, market);
        splits(codes, market.splits);
        dividends(codes, asOf, market);
    }

    /**
     * The stocks the universe lists or that have a latest price; the currency is the latest price's,
     * else the country's (KRW for Korea, USD otherwise: only Korean and US stocks are offered).
     */
    private void stocks(Set<String> codes, LoadedMarket market) {
        Map<String, String> countries = new HashMap<>();
        jdbc.sql("SELECT code, country FROM stock WHERE code IN (:codes)")
                .param("codes", codes)
                .query((rs, row) -> countries.put(rs.getString("code"), rs.getString("country")))
                .list();
        Map<String, String> currencies = new HashMap<>();
        jdbc.sql("""
                        SELECT symbol, price, currency, trading_date FROM latest_price
                        WHERE kind = 'STOCK' AND symbol IN (:codes)
                        """)
                .param("codes", codes)
                .query((rs, row) -> {
                    String code = rs.getString("symbol");
                    currencies.put(code, rs.getString("currency"));
                    return market.latest.put(
                            code,
                            new MarketHistory.Quote(
                                    rs.getBigDecimal("price"), rs.getObject("trading_date", LocalDate.class)));
                })
                .list();
        Set<String> known = new LinkedHashSet<>(countries.keySet());
        known.addAll(currencies.keySet());
        for (String code : known) {
            String country = countries.getOrDefault(code, "");
            Currency currency = Currency.parse(currencies.getOrDefault(code, ""))
                    .orElse("Korea".equals(country) ? Currency.KRW : Currency.USD);
            market.stocks.put(code, new MarketHistory.Stock(code, currency, country));
        }
    }

    private void splits(Set<String> codes, Map<String, List<SplitTable.Split>> into) {
        jdbc.sql("""
                        SELECT symbol, ex_date, numerator, denominator FROM split
                        WHERE symbol IN (:codes) ORDER BY symbol, ex_date
                        """)
                .param("codes", codes)
                .query((rs, row) -> into.computeIfAbsent(rs.getString("symbol"), c -> new ArrayList<>())
                        .add(new SplitTable.Split(
                                rs.getObject("ex_date", LocalDate.class),
                                rs.getInt("numerator"),
                                rs.getInt("denominator"))))
                .list();
    }

    private void dividends(Set<String> codes, LocalDate asOf, LoadedMarket market) {
        jdbc.sql("""
                        SELECT symbol, ex_date, amount FROM dividend
                        WHERE symbol IN (:codes) AND ex_date <= :asOf ORDER BY symbol, ex_date
                        """)
                .param("codes", codes)
                .param("asOf", asOf)
                .query((rs, row) -> market.dividends
                        .computeIfAbsent(rs.getString("symbol"), c -> new ArrayList<>())
                        .add(new MarketHistory.DividendPaid(
                                rs.getObject("ex_date", LocalDate.class), rs.getBigDecimal("amount"))))
                .list();
    }

    /** The bars of the (code, trade date) pairs, by primary key (symbol, kind, trading_date). */
    private void bars(Collection<Trade> trades, LoadedMarket market) {
        // Grouped by code, dates in order (a trade date repeats often): no pair objects to sort or compare.
        Map<String, TreeSet<LocalDate>> datesByCode = new TreeMap<>();
        for (Trade trade : trades) {
            if (trade.tradeDate() != null) {
                datesByCode.computeIfAbsent(trade.code(), c -> new TreeSet<>()).add(trade.tradeDate());
            }
        }
        bars(datesByCode, market);
    }

    /** The bars of each code's dates, by primary key, {@value #CHUNK} pairs per statement. */
    void bars(Map<String, ? extends Collection<LocalDate>> datesByCode, LoadedMarket market) {
        List<Object> params = new ArrayList<>(2 * CHUNK);
        for (var code : datesByCode.entrySet()) {
            for (LocalDate date : code.getValue()) {
                params.add(code.getKey());
                params.add(date);
                if (params.size() == 2 * CHUNK) {
                    bars(params, market);
                    params.clear();
                }
            }
        }
        if (!params.isEmpty()) {
            bars(params, market);
        }
    }

    /** The bars of up to {@value #CHUNK} pairs, given as code, date, code, date, ... */
    private void bars(List<Object> pairs, LoadedMarket market) {
        String tuples = String.join(",", java.util.Collections.nCopies(pairs.size() / 2, "(?, 'STOCK', ?)"));
        jdbc.sql("SELECT symbol, trading_date, open_price, high_price, low_price, close_price, volume"
                        + " FROM daily_bar WHERE (symbol, kind, trading_date) IN (" + tuples + ")")
                .params(pairs)
                .query((rs, row) -> {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    return market.bars
                            .computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                            .put(
                                    date,
                                    new MarketHistory.Bar(
                                            date,
                                            rs.getBigDecimal(3),
                                            rs.getBigDecimal(4),
                                            rs.getBigDecimal(5),
                                            rs.getBigDecimal(6),
                                            rs.getLong(7)));
                })
                .list();
    }

    /**
     * Every USDKRW rate up to {@code asOf} and the latest rate, as {@link #fx} would read them for any
     * earliest date: a rate asked of a date on or after the portfolio's earliest is the same in both.
     */
    void allFx(LocalDate asOf, LoadedMarket market) {
        jdbc.sql("""
                        SELECT trading_date, close_price FROM daily_bar
                        WHERE symbol = :pair AND kind = 'FX' AND trading_date <= :asOf
                        """)
                .param("pair", USD_KRW)
                .param("asOf", asOf)
                .query((rs, row) -> market.usdKrw.put(
                        rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("close_price")))
                .list();
        latestFx(asOf, market);
    }

    /**
     * USDKRW from {@value #FX_LOOKBACK_DAYS} days before {@code earliest} to {@code asOf}, plus the last
     * rate before that window when the window starts without one; the latest rate from the latest
     * prices, else the newest bar.
     */
    private void fx(LocalDate earliest, LocalDate asOf, LoadedMarket market) {
        LocalDate from = earliest.minusDays(FX_LOOKBACK_DAYS);
        jdbc.sql("""
                        SELECT trading_date, close_price FROM daily_bar
                        WHERE symbol = :pair AND kind = 'FX' AND trading_date BETWEEN :from AND :asOf
                        """)
                .param("pair", USD_KRW)
                .param("from", from)
                .param("asOf", asOf)
                .query((rs, row) -> market.usdKrw.put(
                        rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("close_price")))
                .list();
        if (market.usdKrw.isEmpty() || market.usdKrw.firstKey().isAfter(earliest)) {
            jdbc.sql("""
                            SELECT trading_date, close_price FROM daily_bar
                            WHERE symbol = :pair AND kind = 'FX' AND trading_date < :from
                            ORDER BY trading_date DESC LIMIT 1
                            """)
                    .param("pair", USD_KRW)
                    .param("from", from)
                    .query((rs, row) -> market.usdKrw.put(
                            rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("close_price")))
                    .list();
        }
        latestFx(asOf, market);
    }

    private void latestFx(LocalDate asOf, LoadedMarket market) {
        jdbc.sql("""
                        SELECT price, trading_date FROM latest_price
                        WHERE symbol = :pair AND kind = 'FX' AND trading_date <= :asOf
                        """)
                .param("pair", USD_KRW)
                .param("asOf", asOf)
                .query((rs, row) -> new MarketHistory.FxRate(
                        rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("price")))
                .optional()
                .filter(latest -> market.usdKrw.isEmpty() || !latest.date().isBefore(market.usdKrw.lastKey()))
                .ifPresent(latest -> market.latestUsdKrw = latest);
    }
}
