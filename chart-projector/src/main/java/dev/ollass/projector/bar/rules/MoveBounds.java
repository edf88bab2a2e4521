package dev.ollass.projector.bar.rules;

import dev.ollass.contracts.market.InstrumentKind;
import java.math.BigDecimal;

/**
 * How far a close may move from the previous trading day's close, as a fraction of it ({@code 0.30}
 * for 30%), before the bar is suspect: stocks move more than indices and exchange rates.
 */
public record MoveBounds(BigDecimal stock, BigDecimal index, BigDecimal fx) {

    public MoveBounds {
        for (BigDecimal bound : new BigDecimal[] {stock, index, fx}) {
            if (bound.signum() <= 0) {
                throw new IllegalArgumentException("a move bound must be positive, not " + bound);
            }
        }
    }

    /** The bound of a series of {@code kind}. */
    public BigDecimal of(InstrumentKind kind) {
        return switch (kind) {
            case STOCK -> stock;
            case INDEX -> index;
            case FX -> fx;
        };
    }
}
