package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The running account of one stock, average-cost method. Buys still open share every sell in
 * proportion: {@code survival} is the product of {@code (held − sold) / held} over the sells since the
 * last full sell (the {@code epoch}), so a buy's shares still held are its quantity × survival now /
 * survival when it was bought. A full sell starts a new epoch: the open buys are closed, the cost is
 * exactly zero. A buy's dividends follow from the same survival: its shares held on an ex-date are its
 * quantity × survival then / survival when bought, so the book keeps one running sum of survival ×
 * dividend per share ({@code dividendIndex}) and each buy its difference since it was bought, instead of
 * paying every open buy at every ex-date.
 */
final class Book {

    final MarketHistory.Stock stock;
    final List<Entry> entries = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    BigDecimal quantity = BigDecimal.ZERO;
    Amount cost = Amount.ZERO;
    Amount realized = Amount.ZERO;
    Amount dividends = Amount.ZERO;
    Amount fees = Amount.ZERO;

    private BigDecimal survival = BigDecimal.ONE;
    private Amount dividendIndex = Amount.ZERO;
    private int epoch;
    private final List<Entry> open = new ArrayList<>();

    Book(MarketHistory.Stock stock) {
        this.stock = stock;
    }

    void buy(Entry buy, Amount paid, Amount fee) {
        buy.cost = paid.plus(fee);
        buy.epoch = epoch;
        buy.survivalAtBuy = survival;
        buy.dividendIndexAtBuy = dividendIndex;
        quantity = quantity.add(buy.adjustedQuantity);
        cost = cost.plus(buy.cost);
        fees = fees.plus(fee);
        open.add(buy);
        entries.add(buy);
    }

    /**
     * Sells {@code sold} of today's shares (at most what is held) for {@code proceeds}, the fee paid
     * apart.
     */
    void sell(Entry sell, BigDecimal sold, Amount proceeds, Amount fee) {
        BigDecimal held = quantity;
        Amount soldCost = sold.compareTo(held) == 0 ? cost : share(cost, sold, held);
        sell.soldCost = soldCost;
        sell.realized = proceeds.minus(fee).minus(soldCost);
        realized = realized.plus(sell.realized);
        fees = fees.plus(fee);
        cost = cost.minus(soldCost);
        quantity = held.subtract(sold);
        if (quantity.signum() == 0) {
            closeOpenBuys();
            cost = Amount.ZERO;
            survival = BigDecimal.ONE;
            dividendIndex = Amount.ZERO;
            epoch++;
        } else {
            survival = survival.multiply(quantity.divide(held, MathContext.DECIMAL64), MathContext.DECIMAL64);
        }
        entries.add(sell);
    }

    /** Pays a dividend of {@code perShare} (stock currency) on every share held (some are). */
    void dividend(BigDecimal perShare, Currency stockCurrency, BigDecimal rate) {
        dividends = dividends.plus(Fx.amount(quantity.multiply(perShare), stockCurrency, stockCurrency, rate));
        dividendIndex = dividendIndex.plus(Fx.amount(survival.multiply(perShare), stockCurrency, stockCurrency, rate));
    }

    /** Settles the dividends of the buys still open: call once, after the last trade and dividend. */
    void closeOpenBuys() {
        for (Entry buy : open) {
            buy.dividends = share(dividendIndex.minus(buy.dividendIndexAtBuy), buy.adjustedQuantity, buy.survivalAtBuy);
        }
        open.clear();
    }

    /** The shares (today's units) of {@code buy} still held. */
    BigDecimal stillHeld(Entry buy) {
        if (buy.epoch != epoch) {
            return BigDecimal.ZERO;
        }
        return buy.adjustedQuantity.multiply(survival).divide(buy.survivalAtBuy, MathContext.DECIMAL64);
    }

    /** {@code whole × part / of}, dividing once. */
    private static Amount share(Amount whole, BigDecimal part, BigDecimal of) {
        BigDecimal ratio = part.divide(of, MathContext.DECIMAL64);
        return new Amount(
                whole.stock().multiply(ratio, MathContext.DECIMAL64),
                whole.krw().multiply(ratio, MathContext.DECIMAL64),
                whole.usd().multiply(ratio, MathContext.DECIMAL64));
    }
}
