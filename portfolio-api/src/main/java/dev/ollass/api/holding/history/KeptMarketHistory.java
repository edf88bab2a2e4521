package dev.ollass.api.holding.history;

import dev.ollass.api.holding.CashFlow;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.SplitTable;
import dev.ollass.api.holding.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The market history of the asset tables, kept in this instance's memory for one market version and one
 * valuation date, shared by every user: a portfolio's stocks, bars, splits, dividends and USDKRW rates are read
 * once per version, and a portfolio valued again (its owner changed a line) reads only what no portfolio needed
 * before. What it answers is exactly what {@link MarketHistoryReader#load} reads for the version: the bars of the
 * portfolio's trade dates (others may be kept beside them), the dividends up to the valuation date, the USDKRW
 * rates up to it.
 *
 * <p>The version is the caller's ({@code MarketVersion}, which the projector bumps after every batch of prices,
 * bars, rates, splits or dividends it writes, so a kept history is never older than the data behind its version).
 * A history is kept at most {@link MarketHistorySettings#keepFor()}, and at most {@link
 * MarketHistorySettings#keptBars()} bars.
 */
@Component
public class KeptMarketHistory {

    private final MarketHistoryReader reader;
    private final long keepForNanos;
    private final int keptBars;
    private final AtomicReference<@Nullable Snapshot> kept = new AtomicReference<>();

    public KeptMarketHistory(MarketHistoryReader reader, MarketHistorySettings settings) {
        this.reader = reader;
        this.keepForNanos = settings.keepFor().toNanos();
        this.keptBars = settings.keptBars();
    }

    /** The market data for valuing {@code trades} and {@code cashFlows} on {@code asOf}, at {@code version}. */
    public MarketHistory load(
            Collection<Trade> trades, Collection<CashFlow> cashFlows, LocalDate asOf, String version) {
        if (keepForNanos <= 0) {
            return reader.load(trades, cashFlows, asOf);
        }
        Snapshot snapshot = snapshot(version, asOf);
        Map<String, Set<LocalDate>> datesByCode = new HashMap<>();
        for (Trade trade : trades) {
            Set<LocalDate> dates = datesByCode.computeIfAbsent(trade.code(), c -> new HashSet<>());
            if (trade.tradeDate() != null) {
                dates.add(trade.tradeDate());
            }
        }
        Map<String, Symbol> symbols = snapshot.symbols(datesByCode.keySet());
        LoadedMarket market = new LoadedMarket();
        market.usdKrw = snapshot.usdKrw;
        market.latestUsdKrw = snapshot.latestUsdKrw;
        Map<String, Map<LocalDate, MarketHistory.Bar>> unkept = snapshot.bars(symbols, datesByCode);
        symbols.forEach((code, symbol) -> {
            if (symbol.stock != null) {
                market.stocks.put(code, symbol.stock);
            }
            if (symbol.latest != null) {
                market.latest.put(code, symbol.latest);
            }
            market.dividends.put(code, symbol.dividends);
            market.splits.put(code, symbol.splits);
            Map<LocalDate, MarketHistory.Bar> more = unkept.get(code);
            if (more == null) {
                market.bars.put(code, symbol.bars);
            } else {
                Map<LocalDate, MarketHistory.Bar> bars = new HashMap<>(symbol.bars);
                bars.putAll(more);
                market.bars.put(code, bars);
            }
        });
        return market;
    }

    /** The snapshot of {@code version} and {@code asOf}, kept until it expires or the version changes. */
    private Snapshot snapshot(String version, LocalDate asOf) {
        Snapshot current = kept.get();
        long now = System.nanoTime();
        if (current != null
                && current.version.equals(version)
                && current.asOf.equals(asOf)
                && now - current.expires < 0) {
            return current;
        }
        // Read outside any lock; two requests at a new version may both read it, the last one is kept.
        Snapshot fresh = new Snapshot(version, asOf, now + keepForNanos);
        kept.set(fresh);
        return fresh;
    }

    /** One stock's market history in a snapshot; {@code bars} grows as portfolios need more dates. */
    private static final class Symbol {
        final MarketHistory.@Nullable Stock stock;
        final MarketHistory.@Nullable Quote latest;
        final List<MarketHistory.DividendPaid> dividends;
        final List<SplitTable.Split> splits;
        final Map<LocalDate, MarketHistory.Bar> bars = new ConcurrentHashMap<>();
        final Set<LocalDate> noBar = ConcurrentHashMap.newKeySet();

        Symbol(String code, LoadedMarket read) {
            this.stock = read.stocks.get(code);
            this.latest = read.latest.get(code);
            this.dividends = List.copyOf(read.dividends.getOrDefault(code, List.of()));
            this.splits = List.copyOf(read.splits.getOrDefault(code, List.of()));
        }

        boolean knows(LocalDate date) {
            return bars.containsKey(date) || noBar.contains(date);
        }
    }

    /** What one market version's history is known of, on one valuation date. */
    private final class Snapshot {
        final String version;
        final LocalDate asOf;
        final long expires;
        final Map<String, Symbol> symbols = new ConcurrentHashMap<>();
        final NavigableMap<LocalDate, BigDecimal> usdKrw;
        final MarketHistory.@Nullable FxRate latestUsdKrw;
        final AtomicInteger size = new AtomicInteger();

        Snapshot(String version, LocalDate asOf, long expires) {
            this.version = version;
            this.asOf = asOf;
            this.expires = expires;
            LoadedMarket fx = new LoadedMarket();
            reader.allFx(asOf, fx);
            this.usdKrw = Collections.unmodifiableNavigableMap(fx.usdKrw);
            this.latestUsdKrw = fx.latestUsdKrw;
        }

        /** The symbols of {@code codes}, those not known yet read in one query per kind. */
        Map<String, Symbol> symbols(Set<String> codes) {
            Map<String, Symbol> found = new HashMap<>();
            Set<String> missing = new TreeSet<>();
            for (String code : codes) {
                Symbol symbol = symbols.get(code);
                if (symbol == null) {
                    missing.add(code);
                } else {
                    found.put(code, symbol);
                }
            }
            if (!missing.isEmpty()) {
                LoadedMarket read = new LoadedMarket();
                reader.symbols(missing, asOf, read);
                for (String code : missing) {
                    found.put(code, symbols.computeIfAbsent(code, c -> new Symbol(c, read)));
                }
            }
            return found;
        }

        /**
         * Reads the bars of the dates no portfolio needed before and keeps them (and the dates without one) while
         * there is room; what finds no room is answered for this portfolio alone.
         */
        Map<String, Map<LocalDate, MarketHistory.Bar>> bars(
                Map<String, Symbol> symbols, Map<String, Set<LocalDate>> datesByCode) {
            Map<String, Set<LocalDate>> unknown = new TreeMap<>();
            datesByCode.forEach((code, dates) -> {
                Symbol symbol = symbols.get(code);
                for (LocalDate date : dates) {
                    if (!symbol.knows(date)) {
                        unknown.computeIfAbsent(code, c -> new TreeSet<>()).add(date);
                    }
                }
            });
            if (unknown.isEmpty()) {
                return Map.of();
            }
            LoadedMarket read = new LoadedMarket();
            reader.bars(unknown, read);
            Map<String, Map<LocalDate, MarketHistory.Bar>> unkept = new HashMap<>();
            unknown.forEach((code, dates) -> {
                Symbol symbol = symbols.get(code);
                Map<LocalDate, MarketHistory.Bar> bars = read.bars.getOrDefault(code, Map.of());
                for (LocalDate date : dates) {
                    MarketHistory.Bar bar = bars.get(date);
                    if (size.incrementAndGet() > keptBars) {
                        size.decrementAndGet();
                        if (bar != null) {
                            unkept.computeIfAbsent(code, c -> new HashMap<>()).put(date, bar);
                        }
                    } else if (bar != null) {
                        symbol.bars.put(date, bar);
                    } else {
                        symbol.noBar.add(date);
                    }
                }
            });
            return unkept;
        }
    }
}
