package dev.ollass.projector.audit.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One exchange's trading days. Which day's data should exist by now: a day is due once the exchange's
 * local clock has passed {@code dueAfter} on it (the session is over and the source has had time to
 * publish). Days still to come are weekdays that are not in {@code holidays}; days gone by are the
 * days the market's benchmark index has a bar ({@link #tradingDays}).
 */
public record TradingCalendar(ZoneId zone, LocalTime dueAfter, Set<LocalDate> holidays) {

    /** The newest trading day (weekday, not a holiday) whose data is due at {@code now}. */
    public LocalDate lastDueTradingDay(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        LocalDate day =
                local.toLocalTime().isBefore(dueAfter) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        while (!isTradingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Whether {@code day} is a weekday not on the holiday list. */
    public boolean isTradingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The last {@code count} trading days up to {@code dueDay}, oldest first: the days in {@code from ..
     * dueDay} the benchmark index has a bar, then, after the benchmark's newest bar, the calendar's
     * trading days. So a day the benchmark itself lacks is still audited (and the benchmark reported
     * missing) as long as it is newer than the benchmark's last bar.
     */
    public List<LocalDate> tradingDays(Set<LocalDate> benchmarkDays, LocalDate from, LocalDate dueDay, int count) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : benchmarkDays) {
            if (!day.isBefore(from) && !day.isAfter(dueDay)) {
                days.add(day);
            }
        }
        LocalDate afterBenchmark = days.isEmpty() ? from : days.last().plusDays(1);
        for (LocalDate day = afterBenchmark; !day.isAfter(dueDay); day = day.plusDays(1)) {
            if (isTradingDay(day)) {
                days.add(day);
            }
        }
        return List.copyOf(days.descendingSet().stream().limit(count).toList().reversed());
    }
}
