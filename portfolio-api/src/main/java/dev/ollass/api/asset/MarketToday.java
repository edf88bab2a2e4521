package dev.ollass.api.asset;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * "Today" of the market clock ({@link AssetSettings#marketClock()}): fixed in the offline demo, the real
 * clock otherwise. A trade dated today needs no bar yet.
 */
@Component
class MarketToday {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Clock clock;

    MarketToday(AssetSettings settings) {
        this.clock = settings.marketClock() == null
                ? Clock.systemUTC()
                : Clock.fixed(
                        settings.marketClock().toInstant(),
                        settings.marketClock().getOffset());
    }

    /**
     * Whether the date is today in Seoul (the original's rule) or on the stock's exchange, which may still
     * be on the day before.
     */
    boolean isToday(LocalDate date, ZoneId exchange) {
        return date.equals(LocalDate.now(clock.withZone(SEOUL)))
                || date.equals(LocalDate.now(clock.withZone(exchange)));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SEOUL));
    }
}
