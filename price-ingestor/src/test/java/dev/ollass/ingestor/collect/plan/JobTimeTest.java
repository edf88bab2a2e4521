package dev.ollass.ingestor.collect.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobTimeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final JobTime AFTER_THE_CLOSE = JobTime.daily(LocalTime.of(17, 0), JobTime.WEEKDAYS);

    @Test
    void aWeekdayJobRunsLaterThatDayWhenItsTimeHasNotCome() {
        ZonedDateTime tuesdayNoon = ZonedDateTime.of(2026, 12, 1, 12, 0, 0, 0, NEW_YORK);

        assertThat(AFTER_THE_CLOSE.next(tuesdayNoon)).isEqualTo(tuesdayNoon.withHour(17));
    }

    @Test
    void aWeekdayJobRunsAtItsTimeOnlyOnceAndSkipsTheWeekend() {
        ZonedDateTime fridayAtFive = ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, NEW_YORK);

        assertThat(AFTER_THE_CLOSE.next(fridayAtFive)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 17, 0, 0, 0, NEW_YORK));
    }

    @Test
    void keepsItsLocalTimeAcrossADaylightSavingChange() {
        // New York leaves daylight saving time on 2026-11-01 (a Sunday): 17:00 is 21:00 UTC before, 22:00 after.
        ZonedDateTime friday = ZonedDateTime.of(2026, 10, 30, 18, 0, 0, 0, NEW_YORK);

        ZonedDateTime monday = AFTER_THE_CLOSE.next(friday);

        assertThat(monday.toLocalDateTime()).hasToString("2026-11-02T17:00");
        assertThat(monday.toInstant()).hasToString("2026-11-02T22:00:00Z");
    }

    @Test
    void anHourlyJobRunsAtItsMinuteOfTheSameOrTheNextHour() {
        JobTime at20 = JobTime.hourlyAt(20);
        ZonedDateTime tenPast = ZonedDateTime.of(2026, 12, 5, 9, 10, 0, 0, NEW_YORK);

        assertThat(at20.next(tenPast)).isEqualTo(tenPast.withMinute(20));
        assertThat(at20.next(tenPast.withMinute(20)))
                .isEqualTo(tenPast.withHour(10).withMinute(20));
    }

    @Test
    void listsTheRunsBetweenTwoTimesOldestFirstIncludingTheLastInstant() {
        ZonedDateTime thursday = ZonedDateTime.of(2026, 12, 3, 17, 0, 0, 0, NEW_YORK);
        ZonedDateTime nextTuesday = ZonedDateTime.of(2026, 12, 8, 17, 0, 0, 0, NEW_YORK);

        assertThat(AFTER_THE_CLOSE.between(thursday, nextTuesday))
                .extracting(t -> t.toLocalDate().toString())
                .containsExactly("2026-12-04", "2026-12-07", "2026-12-08");
    }

    @Test
    void aJobRunsOnSomeDay() {
        assertThatThrownBy(() -> JobTime.daily(LocalTime.NOON, Set.<DayOfWeek>of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
