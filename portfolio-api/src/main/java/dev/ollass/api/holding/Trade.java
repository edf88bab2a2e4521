package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One buy or sell as the user traded it: quantity and price as on the trade date (before any later
 * split). A line may be a draft: without side, date or quantity it is {@linkplain #complete()
 * incomplete} and left out of every calculation, as in the original.
 *
 * @param id the transaction's id, to find its row values again
 * @param code the stock's code as the market data knows it ({@code AAPL}, {@code 005930})
 * @param price the price per share as traded, in {@code priceCurrency}; {@code null} means the close of
 *     the trade date from the market history
 * @param priceCurrency the currency {@code price} was entered in ({@code 주식통화}); {@code null} means the
 *     stock's own currency. A US stock's price entered in KRW is converted to USD with the USDKRW rate
 *     of the trade date (and the other way round).
 * @param fee the broker's fee of this transaction, in {@code feeCurrency} ({@code null}: the price's
 *     currency); a buy's fee adds to the cost, a sell's fee lowers the proceeds
 */
public record Trade(
        long id,
        String code,
        @Nullable Side side,
        @Nullable LocalDate tradeDate,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal price,
        @Nullable Currency priceCurrency,
        @Nullable BigDecimal fee,
        @Nullable Currency feeCurrency) {

    /** A trade without price currency, fee or fee currency. */
    public static Trade of(
            long id,
            String code,
            @Nullable Side side,
            @Nullable LocalDate tradeDate,
            @Nullable BigDecimal quantity,
            @Nullable BigDecimal price,
            @Nullable Currency priceCurrency) {
        return new Trade(id, code, side, tradeDate, quantity, price, priceCurrency, null, null);
    }

    /** Whether the line has what a calculation needs: side, trade date and a positive quantity. */
    public boolean complete() {
        return side != null && tradeDate != null && quantity != null && quantity.signum() > 0;
    }
}
