package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/** The splits of each stock: all a sell check needs of the market data. */
@FunctionalInterface
public interface SplitTable {

    /** The stock's splits, oldest ex-date first (empty when it never split or is unknown). */
    List<Split> splits(String code);

    /**
     * How many of today's shares one share traded on {@code tradeDate} is: the product of
     * {@code numerator / denominator} of every split with an ex-date after the trade date (a trade on
     * the ex-date is already in split units). {@code 4} for AAPL bought on 2019-06-03, {@code 1} after
     * 2020-08-31.
     */
    default BigDecimal factor(String code, LocalDate tradeDate) {
        return todayShares(code, tradeDate, BigDecimal.ONE);
    }

    /**
     * {@code quantity} shares traded on {@code tradeDate} in today's units: × the numerators, ÷ the
     * denominators of the later splits, dividing once (at {@link MathContext#DECIMAL64}), so that 3
     * shares before a 1:3 reverse split are exactly 1.
     */
    default BigDecimal todayShares(String code, LocalDate tradeDate, BigDecimal quantity) {
        BigDecimal numerator = BigDecimal.ONE;
        BigDecimal denominator = BigDecimal.ONE;
        for (Split split : splits(code)) {
            if (split.exDate().isAfter(tradeDate)) {
                numerator = numerator.multiply(BigDecimal.valueOf(split.numerator()));
                denominator = denominator.multiply(BigDecimal.valueOf(split.denominator()));
            }
        }
        BigDecimal product = quantity.multiply(numerator);
        return denominator.compareTo(BigDecimal.ONE) == 0
                ? product
                : product.divide(denominator, MathContext.DECIMAL64);
    }

    /** A split: {@code numerator} new shares for every {@code denominator} old ones, from {@code exDate} on. */
    record Split(LocalDate exDate, int numerator, int denominator) {

        public Split {
            if (numerator <= 0 || denominator <= 0) {
                throw new IllegalArgumentException("a split's ratio is positive: " + numerator + ":" + denominator);
            }
        }
    }
}
