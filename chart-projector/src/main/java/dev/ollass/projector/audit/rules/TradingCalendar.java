package dev.ollass.projector.audit.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Which trading day's bar should exist by now on one exchange. A day is due once the exchange's
 * local clock has passed {@code dueAfter} on that day (the session is over and the source has had
 * time to publish). Trading days are weekdays that are not in {@code holidays}.
 */
public record TradingCalendar(ZoneId zone, LocalTime dueAfter, Set<LocalDate> holidays) {

    /** The newest trading day whose bar is due at {@code now}. */
    public LocalDate lastDueTradingDay(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        LocalDate day =
                local.toLocalTime().isBefore(dueAfter) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        while (!isTradingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    public boolean isTradingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
