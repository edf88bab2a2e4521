package dev.ollass.bench;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** Repeated measurements of one figure: the median is what is reported, min and max say how much it moved. */
record Spread(double median, double min, double max, int samples) {

    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No measurements");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** The same measurements in another unit, e.g. operations/s times records per operation. */
    Spread map(DoubleUnaryOperator unit) {
        return new Spread(unit.applyAsDouble(median), unit.applyAsDouble(min), unit.applyAsDouble(max), samples);
    }

    /** How far the extremes lie apart, as a share of the median. */
    double relativeRange() {
        return median == 0 ? 0 : (max - min) / median;
    }
}
