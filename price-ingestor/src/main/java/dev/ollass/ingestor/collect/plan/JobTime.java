package dev.ollass.ingestor.collect.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a job runs, in its market's zone: at a time of day on some days of the week, or every hour at
 * a minute. Kept this small so that the times before now (which a catch-up needs) are as easy to
 * list as the next one.
 *
 * @param days the days it runs on (every day for an hourly job)
 * @param at the time of day; for an hourly job only its minute counts
 * @param hourly whether it runs every hour at {@code at}'s minute
 */
public record JobTime(Set<DayOfWeek> days, LocalTime at, boolean hourly) {

    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    public static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    public JobTime {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a job runs on at least one day");
        }
        days = Set.copyOf(days);
    }

    public static JobTime daily(LocalTime at, Set<DayOfWeek> days) {
        return new JobTime(days, at, false);
    }

    public static JobTime hourlyAt(int minute) {
        return new JobTime(EVERY_DAY, LocalTime.of(0, minute), true);
    }

    /** The first time it runs strictly after {@code after}, in {@code after}'s zone. */
    public ZonedDateTime next(ZonedDateTime after) {
        if (hourly) {
            ZonedDateTime candidate = after.truncatedTo(ChronoUnit.HOURS).withMinute(at.getMinute());
            return candidate.isAfter(after) ? candidate : candidate.plusHours(1);
        }
        ZonedDateTime candidate = ZonedDateTime.of(after.toLocalDate(), at, after.getZone());
        while (!candidate.isAfter(after) || !days.contains(candidate.getDayOfWeek())) {
            candidate = ZonedDateTime.of(candidate.toLocalDate().plusDays(1), at, after.getZone());
        }
        return candidate;
    }

    /** Every time it ran after {@code from} up to {@code until} (both in the market's zone), oldest first. */
    public List<ZonedDateTime> between(ZonedDateTime from, ZonedDateTime until) {
        List<ZonedDateTime> times = new ArrayList<>();
        for (ZonedDateTime time = next(from); !time.isAfter(until); time = next(time)) {
            times.add(time);
        }
        return times;
    }
}
