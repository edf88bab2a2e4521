package dev.ollass.api.holding;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the book keeps of one valued trade until its row values are made. */
final class Entry {

    final Trade trade;
    final Side side;
    /** Today's shares per share traded. */
    final BigDecimal factor;
    /** The quantity in today's units. */
    final BigDecimal adjustedQuantity;
    /** The row's display currency: the entered price's, else the stock's. */
    final Currency display;
    /** Quantity × price as traded, in the display currency (fee not included). */
    final BigDecimal tradeAmount;

    final MarketHistory.@Nullable Bar bar;
    /** USDKRW on the trade date. */
    final BigDecimal rate;

    /** Of a buy: what it cost (fee included), in every currency. */
    Amount cost = Amount.ZERO;
    /** Of a buy: the book's epoch and survival when bought (see {@link Book}). */
    int epoch;

    BigDecimal survivalAtBuy = BigDecimal.ONE;
    /** Of a buy: the book's dividend index when bought (see {@link Book}). */
    Amount dividendIndexAtBuy = Amount.ZERO;

    /** Of a buy: the dividends its shares received. */
    Amount dividends = Amount.ZERO;

    /** Of a sell: the average cost of the shares it sold, and its profit. */
    Amount soldCost = Amount.ZERO;

    Amount realized = Amount.ZERO;

    Entry(
            Trade trade,
            BigDecimal factor,
            BigDecimal adjustedQuantity,
            Currency display,
            BigDecimal tradeAmount,
            MarketHistory.@Nullable Bar bar,
            BigDecimal rate) {
        this.trade = trade;
        this.side = java.util.Objects.requireNonNull(trade.side());
        this.factor = factor;
        this.adjustedQuantity =
                java.util.Objects.requireNonNull(trade.quantity()).multiply(factor);
        this.display = display;
        this.tradeAmount = tradeAmount;
        this.bar = bar;
        this.rate = rate;
    }
}
