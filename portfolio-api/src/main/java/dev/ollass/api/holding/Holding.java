package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user holds of one stock today, from the complete transactions (average-cost method): a buy
 * adds its shares and cost; a sell takes shares out at the average cost and does not change it; a sell
 * of everything resets it, so a later buy starts afresh. Quantities are in today's share units (a split
 * after a buy multiplies them). Rounded once, here: money to {@value Valuation#MONEY_SCALE} decimals,
 * rates to {@value Valuation#RATE_SCALE}, quantities to {@value Valuation#QUANTITY_SCALE} (half even).
 *
 * @param quantity shares held now, in today's units
 * @param averageCost cost per share held (today's units), fees included; zero when nothing is held
 * @param invested the cost of the shares held (quantity × average cost), in each currency with the
 *     rate of each buy's date
 * @param marketValue quantity × latest price; KRW and USD with the latest rate. When the market has no
 *     price at all, the invested amount (and {@code price} is {@code null})
 * @param unrealizedProfit market value − invested
 * @param unrealizedRate unrealized profit / invested × 100 (%, in the stock's currency), 0 when nothing
 *     is invested
 * @param realizedProfit Σ over sells of proceeds (after the sell's fee) − average cost × shares sold; in
 *     KRW and USD with the rate of each sell's date for the proceeds and of each buy's for the cost, so
 *     it includes the currency's move
 * @param dividends Σ over ex-dates after a buy while held: the shares held on the day before the
 *     ex-date × the dividend per share (rate of the ex-date)
 * @param fees Σ of the fees of the complete transactions (already inside cost and proceeds)
 * @param price the latest price and its date, or {@code null} when the market has none
 * @param notes why a value may surprise: a carried-forward rate, a stale price, a clamped sell
 */
public record Holding(
        String code,
        Currency currency,
        BigDecimal quantity,
        BigDecimal averageCost,
        Amount invested,
        Amount marketValue,
        Amount unrealizedProfit,
        BigDecimal unrealizedRate,
        Amount realizedProfit,
        Amount dividends,
        Amount fees,
        @Nullable Price price,
        List<String> notes) {

    public Holding {
        notes = List.copyOf(notes);
    }

    /** Whether any share is held. */
    public boolean held() {
        return quantity.signum() > 0;
    }

    /**
     * The latest price a holding is valued at.
     *
     * @param stale whether it is older than {@value Valuation#STALE_AFTER_DAYS} days before the
     *     valuation date
     */
    public record Price(BigDecimal value, LocalDate date, boolean stale) {}
}
