package dev.ollass.ingestor.yahoo.chart;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Whether one day's open, high, low and close can be a bar: the one check every source of daily
 * prices applies (Yahoo's chart API, the recorded CSV downloads), so that they reject the same rows
 * for the same reasons. Only missing prices are rejected: a bar whose prices are all there but
 * contradict each other (a close above the high, a price of zero) is what the source said, so it is
 * published and kept, and the chart projector flags it as suspect, with the series' previous day and
 * splits at hand, which one batch of input does not have.
 */
public final class BarCheck {

    private BarCheck() {}

    /** The source has no prices at all for the day: a gap, never a zero. */
    public static boolean isEmpty(
            @Nullable BigDecimal open,
            @Nullable BigDecimal high,
            @Nullable BigDecimal low,
            @Nullable BigDecimal close) {
        return open == null && high == null && low == null && close == null;
    }

    /** Null when the prices make a usable bar, else what is wrong with them. */
    public static @Nullable String problem(
            @Nullable BigDecimal open,
            @Nullable BigDecimal high,
            @Nullable BigDecimal low,
            @Nullable BigDecimal close) {
        if (isEmpty(open, high, low, close)) {
            return "the source has no prices for this day (all null)";
        }
        if (open == null || high == null || low == null || close == null) {
            return "some of open, high, low, close are missing";
        }
        return null;
    }
}
