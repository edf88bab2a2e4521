package dev.ollass.api.chart.market.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Percentage shares of values that add up to a whole: the arithmetic behind every pie of the public charts. */
public final class Shares {

    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {}

    /**
     * Each code's value as a percentage of the sum of all, largest first (equal shares by code). Values of zero or
     * less take no share and are left out; when nothing has a positive value the answer is empty, never a
     * division by zero (the original's rich charts failed there).
     */
    public static List<Share> of(Map<String, BigDecimal> values) {
        BigDecimal total =
                values.values().stream().filter(value -> value.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return List.of();
        }
        return values.entrySet().stream()
                .filter(entry -> entry.getValue().signum() > 0)
                .map(entry -> new Share(entry.getKey(), percent(entry.getValue(), total)))
                .sorted(Comparator.comparing(Share::percent).reversed().thenComparing(Share::code))
                .toList();
    }

    /** {@code part} of {@code total} in percent, {@value #PERCENT_SCALE} decimals. */
    public static BigDecimal percent(BigDecimal part, BigDecimal total) {
        return part.multiply(HUNDRED)
                .divide(total, MathContext.DECIMAL64)
                .setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }
}
