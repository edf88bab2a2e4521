package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Trades as a test writes them: {@code buy(1, "AAPL", "2019-06-03", "10", "400", USD)}. */
final class Trades {

    private Trades() {}

    static Trade buy(
            long id, String code, String date, String quantity, @Nullable String price, @Nullable Currency currency) {
        return trade(id, code, Side.BUY, date, quantity, price, currency);
    }

    static Trade sell(
            long id, String code, String date, String quantity, @Nullable String price, @Nullable Currency currency) {
        return trade(id, code, Side.SELL, date, quantity, price, currency);
    }

    static Trade trade(
            long id,
            String code,
            Side side,
            String date,
            String quantity,
            @Nullable String price,
            @Nullable Currency currency) {
        return Trade.of(
                id,
                code,
                side,
                LocalDate.parse(date),
                new BigDecimal(quantity),
                price == null ? null : new BigDecimal(price),
                currency);
    }

    static Trade withFee(Trade trade, String fee) {
        return new Trade(
                trade.id(),
                trade.code(),
                trade.side(),
                trade.tradeDate(),
                trade.quantity(),
                trade.price(),
                trade.priceCurrency(),
                new BigDecimal(fee),
                null);
    }
}
