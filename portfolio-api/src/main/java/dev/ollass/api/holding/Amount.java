package dev.ollass.api.holding;

import java.math.BigDecimal;

/**
 * One amount of money in three currencies: the stock's own, KRW and USD. Costs, realized profit and
 * dividends are converted with the USDKRW rate of their own date (trade date, ex-date); market value
 * and unrealized profit with the latest rate.
 *
 * @param stock in the stock's currency ({@link Holding#currency()})
 */
public record Amount(BigDecimal stock, BigDecimal krw, BigDecimal usd) {

    /** Zero in every currency. */
    public static final Amount ZERO = new Amount(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The amount in {@code currency}: {@link #krw()} or {@link #usd()}. */
    public BigDecimal in(Currency currency) {
        return currency == Currency.KRW ? krw : usd;
    }

    public Amount plus(Amount other) {
        return new Amount(stock.add(other.stock), krw.add(other.krw), usd.add(other.usd));
    }

    public Amount minus(Amount other) {
        return new Amount(stock.subtract(other.stock), krw.subtract(other.krw), usd.subtract(other.usd));
    }
}
