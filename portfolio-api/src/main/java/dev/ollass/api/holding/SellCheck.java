package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a sell larger than the holding on its date, as a user's transactions stand after a create, an
 * edit or a delete (deleting an earlier buy can make a later sell too large). Quantities are compared in
 * today's share units (a sell after a split is in split units, a buy before it is multiplied). Only
 * complete transactions count; on one day buys come before sells, then by id.
 */
public final class SellCheck {

    private SellCheck() {}

    /** The first sell, in date order, that sells more than is held of its stock on its date; or empty. */
    public static Optional<Oversold> firstOversold(Collection<Trade> trades, SplitTable splits) {
        return allOversold(trades, splits).stream().findFirst();
    }

    /**
     * Every sell, in date order, that sells more than is held of its stock on its date, each judged as if the
     * sells found before it were not there (they are refused; what they would have sold stays held).
     */
    public static List<Oversold> allOversold(Collection<Trade> trades, SplitTable splits) {
        Map<String, BigDecimal> held = new HashMap<>();
        List<Oversold> found = new ArrayList<>();
        List<Trade> ordered = trades.stream()
                .filter(Trade::complete)
                .sorted(Valuation.TRADE_ORDER)
                .toList();
        for (Trade trade : ordered) {
            BigDecimal shares = splits.todayShares(
                    trade.code(), Objects.requireNonNull(trade.tradeDate()), Objects.requireNonNull(trade.quantity()));
            BigDecimal before = held.getOrDefault(trade.code(), BigDecimal.ZERO);
            if (trade.side() == Side.BUY) {
                held.put(trade.code(), before.add(shares));
            } else if (shares.compareTo(before) > 0) {
                found.add(new Oversold(trade, before, shares));
            } else {
                held.put(trade.code(), before.subtract(shares));
            }
        }
        return found;
    }

    /**
     * A sell larger than the holding.
     *
     * @param held the shares held on the sell's date before it, today's units
     * @param sold the shares the sell sells, today's units
     */
    public record Oversold(Trade sell, BigDecimal held, BigDecimal sold) {}
}
