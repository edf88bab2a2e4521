package dev.ollass.api.chart.personal.calc;

import java.util.Arrays;
import java.util.Optional;

/** The windows of {@code performance-analysis} ({@code interval}), as the original named them. */
public enum Interval {
    ONE_MONTH("1month", 1),
    THREE_MONTHS("3month", 3),
    SIX_MONTHS("6month", 6),
    ONE_YEAR("1year", 12);

    private final String wire;
    private final int months;

    Interval(String wire, int months) {
        this.wire = wire;
        this.months = months;
    }

    public String wire() {
        return wire;
    }

    int months() {
        return months;
    }

    /** The interval of a query value ({@code 1month} ...), exactly as the original spelled it. */
    public static Optional<Interval> parse(String value) {
        return Arrays.stream(values()).filter(i -> i.wire.equals(value)).findFirst();
    }
}
