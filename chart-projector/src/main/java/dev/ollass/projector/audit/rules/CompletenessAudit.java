package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.PriceDataMissing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the configured symbols whose projections lack the bar of the last trading day that is
 * due. Unlike the original job, a symbol with no data at all is reported too: it is the most
 * missing of all.
 */
public final class CompletenessAudit {

    private final LocalTime dueAfter;
    private final ZoneId zoneOfUnseenSymbols;
    private final MarketHolidays holidays;

    public CompletenessAudit(LocalTime dueAfter, ZoneId zoneOfUnseenSymbols, MarketHolidays holidays) {
        this.dueAfter = dueAfter;
        this.zoneOfUnseenSymbols = zoneOfUnseenSymbols;
        this.holidays = holidays;
    }

    /**
     * @param lastSeen per symbol, the newest trading date held and its exchange's zone; absent when never seen
     */
    public List<PriceDataMissing> findGaps(List<String> symbols, Map<String, LastSeen> lastSeen, ZonedDateTime now) {
        List<PriceDataMissing> gaps = new ArrayList<>();
        Instant detectedAt = now.toInstant();
        for (String symbol : symbols) {
            @Nullable LastSeen seen = lastSeen.get(symbol);
            ZoneId zone = seen != null ? seen.exchangeZone() : zoneOfUnseenSymbols;
            LocalDate expected = new TradingCalendar(zone, dueAfter, holidays.in(zone)).lastDueTradingDay(now);
            LocalDate lastDate = seen != null ? seen.tradingDate() : null;
            if (lastDate == null || lastDate.isBefore(expected)) {
                gaps.add(new PriceDataMissing(symbol, expected, lastDate, detectedAt));
            }
        }
        return gaps;
    }

    /** The newest trading date the projections hold for a symbol, on its exchange's calendar. */
    public record LastSeen(LocalDate tradingDate, ZoneId exchangeZone) {}
}
