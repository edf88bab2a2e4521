package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Values a user's transactions: holdings, row columns and totals (see {@link Holding}, {@link
 * RowValues}, {@link Totals} for what each number means).
 *
 * <p>How it counts:
 *
 * <ul>
 *   <li>Only complete transactions ({@link Trade#complete()}) of stocks the market data knows count;
 *       the others are left out, with a note.
 *   <li>A trade's quantity becomes today's units by the split table ({@link SplitTable#factor}), its
 *       entered price today's units by the same factor; a price taken from the history (no price
 *       entered) is already in today's units and is not adjusted again.
 *   <li>A price entered in the other currency than the stock's (a US stock bought with a KRW price) is
 *       converted with the USDKRW rate of the trade date; the amount paid is exact in the entered
 *       currency. A Korean stock's price in USD is converted the same way (the API refuses it; a CSV or
 *       old row may hold it).
 *   <li>Transactions of one day: buys before sells, then by id.
 *   <li>A sell larger than the holding sells what is held (with a note); {@link SellCheck} keeps them out.
 *   <li>A rate missing on a date takes the latest earlier one (with a note); with none earlier the
 *       latest; with no rate at all the original's 1400 KRW per USD (with a note).
 *   <li>Rounding: sums and products are exact; divisions use {@link java.math.MathContext#DECIMAL64}
 *       (16 digits); results are rounded once, when a {@link Holding}, {@link RowValues} or {@link
 *       Totals} is made: money to {@value #MONEY_SCALE} decimals, rates to {@value #RATE_SCALE},
 *       quantities to {@value #QUANTITY_SCALE}, half even.
 * </ul>
 */
public final class Valuation {

    public static final int MONEY_SCALE = 4;
    public static final int RATE_SCALE = 4;
    public static final int QUANTITY_SCALE = 8;

    /** A latest price older than this many days before the valuation date is flagged stale. */
    public static final int STALE_AFTER_DAYS = 5;

    /** The original's USDKRW fallback when the market has no rate at all. */
    public static final BigDecimal FALLBACK_USD_KRW = new BigDecimal("1400");

    private Valuation() {}

    /**
     * Values {@code trades} and {@code cashFlows} on {@code asOf} (the exchange-local "today").
     *
     * @param trades a user's transactions, complete or not, in any order
     */
    public static Portfolio of(
            Collection<Trade> trades, Collection<CashFlow> cashFlows, MarketHistory market, LocalDate asOf) {
        throw new UnsupportedOperationException("coming");
    }
}
