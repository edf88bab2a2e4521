package dev.ollass.api.chart.market.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the projections hold of one index: its latest level, the trading date that level closed, and the close
 * of the trading date before it.
 *
 * @param previousClose the close of the latest earlier bar, {@code null} when there is none
 */
public record IndexLevel(
        String code,
        BigDecimal level,
        LocalDate date,
        @Nullable BigDecimal previousClose) {}
