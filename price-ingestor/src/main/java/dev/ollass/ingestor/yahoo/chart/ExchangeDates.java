package dev.ollass.ingestor.yahoo.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The exchange-local date of one of Yahoo's timestamps, when it is one a market can have traded on. */
final class ExchangeDates {

    // Yahoo's oldest series start in the 1920s (^DJI); a timestamp outside these years is a broken field,
    // and one beyond the range of Instant would not even convert.
    private static final long EARLIEST = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400L;
    private static final long LATEST = LocalDate.of(2200, 1, 1).toEpochDay() * 86_400L;

    private ExchangeDates() {}

    static @Nullable LocalDate of(long epochSecond, ZoneId zone) {
        if (epochSecond < EARLIEST || epochSecond >= LATEST) {
            return null;
        }
        return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
    }
}
