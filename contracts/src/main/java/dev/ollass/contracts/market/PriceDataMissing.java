package dev.ollass.contracts.market;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The completeness audit found no daily bar for a symbol on a trading date that is already over.
 *
 * @param lastSeenDate the newest trading date the projections hold for the symbol, or null if none
 */
public record PriceDataMissing(
        String symbol, LocalDate expectedDate, @Nullable LocalDate lastSeenDate, Instant detectedAt) {

    /** One alert per symbol and expected date: the natural key, {@code SYMBOL|YYYY-MM-DD}. */
    public String key() {
        return symbol + "|" + expectedDate;
    }
}
