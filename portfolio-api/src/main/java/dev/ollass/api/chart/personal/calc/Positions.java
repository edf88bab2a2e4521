package dev.ollass.api.chart.personal.calc;

import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Side;
import dev.ollass.api.holding.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The shares held of each stock at the end of every trading date, in today's units (the split table turns a
 * quantity traded before a split into today's, as the holdings calculation does), and the money that went in
 * (buys, positive) and came out (sells, negative) on each date, in KRW at that date's rate. The holdings
 * calculation's rules: complete trades of stocks the market knows, buys before sells on a day, a sell larger
 * than the holding sells what is held, a trade without a price takes its date's close.
 */
final class Positions {

    private static final Comparator<Trade> ORDER = Comparator.comparing(
                    (Trade t) -> Objects.requireNonNull(t.tradeDate()))
            .thenComparing(t -> Objects.requireNonNull(t.side()))
            .thenComparingLong(Trade::id);

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> quantities = new LinkedHashMap<>();
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> flows = new HashMap<>();
    private @Nullable LocalDate first;

    private Positions() {}

    static Positions of(Collection<Trade> trades, MarketHistory market, Rates rates) {
        Positions positions = new Positions();
        Map<String, BigDecimal> held = new HashMap<>();
        trades.stream()
                .filter(Trade::complete)
                .filter(t -> market.stock(t.code()).isPresent())
                .sorted(ORDER)
                .forEach(t -> positions.apply(t, market, rates, held));
        return positions;
    }

    private void apply(Trade trade, MarketHistory market, Rates rates, Map<String, BigDecimal> held) {
        String code = trade.code();
        LocalDate date = Objects.requireNonNull(trade.tradeDate());
        MarketHistory.Stock stock = market.stock(code).orElseThrow();
        BigDecimal shares = market.todayShares(code, date, Objects.requireNonNull(trade.quantity()));
        BigDecimal amount = amount(trade, stock, shares, market, rates);
        if (amount == null) {
            return; // no price entered and none in the history: the holdings calculation leaves it out too
        }
        BigDecimal before = held.getOrDefault(code, BigDecimal.ZERO);
        BigDecimal after;
        if (trade.side() == Side.BUY) {
            after = before.add(shares);
        } else {
            if (before.signum() == 0) {
                return;
            }
            if (shares.compareTo(before) > 0) {
                amount = amount.multiply(before).divide(shares, MathContext.DECIMAL64);
                shares = before;
            }
            after = before.subtract(shares);
            amount = amount.negate();
        }
        held.put(code, after);
        quantities.computeIfAbsent(code, c -> new TreeMap<>()).put(date, after);
        flows.computeIfAbsent(code, c -> new TreeMap<>()).merge(date, amount, BigDecimal::add);
        if (first == null) {
            first = date;
        }
    }

    /** What the trade paid or got, in KRW at its date's rate; null when it has no price at all. */
    private static @Nullable BigDecimal amount(
            Trade trade, MarketHistory.Stock stock, BigDecimal shares, MarketHistory market, Rates rates) {
        LocalDate date = Objects.requireNonNull(trade.tradeDate());
        BigDecimal price = trade.price();
        if (price != null) {
            Currency entered = trade.priceCurrency() == null ? stock.currency() : trade.priceCurrency();
            return rates.krw(Objects.requireNonNull(trade.quantity()).multiply(price), entered, date);
        }
        BigDecimal close = market.bar(stock.code(), date)
                .map(MarketHistory.Bar::close)
                .or(() -> market.latestPrice(stock.code())
                        .filter(quote -> !date.isBefore(quote.date()))
                        .map(MarketHistory.Quote::price))
                .orElse(null);
        return close == null ? null : rates.krw(shares.multiply(close), stock.currency(), date);
    }

    /** The stocks traded, in the order of their first trade. */
    Set<String> codes() {
        return quantities.keySet();
    }

    /** The first trading date of all, or null without any trade. */
    @Nullable
    LocalDate first() {
        return first;
    }

    /** Shares of {@code code} held at the end of {@code date} (today's units). */
    BigDecimal held(String code, LocalDate date) {
        var entry = quantities.getOrDefault(code, new TreeMap<>()).floorEntry(date);
        return entry == null ? BigDecimal.ZERO : entry.getValue();
    }

    /** Money into {@code code} (buys − sells, KRW) on the dates after {@code after} up to {@code upTo}. */
    BigDecimal flow(String code, LocalDate after, LocalDate upTo) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : flows.getOrDefault(code, new TreeMap<>())
                .subMap(after, false, upTo, true)
                .values()) {
            sum = sum.add(amount);
        }
        return sum;
    }
}
