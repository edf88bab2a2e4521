package dev.ollass.projector.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final TradingCalendar SEOUL_CALENDAR = new TradingCalendar(SEOUL, LocalTime.of(18, 0), Set.of());

    @Test
    void makesTodayDueOnceTheExchangesClockPassesTheDueTime() {
        assertThat(SEOUL_CALENDAR.lastDueTradingDay(ZonedDateTime.of(2021, 4, 15, 17, 59, 59, 0, SEOUL)))
                .isEqualTo(LocalDate.of(2021, 4, 14));
        assertThat(SEOUL_CALENDAR.lastDueTradingDay(ZonedDateTime.of(2021, 4, 15, 18, 0, 0, 0, SEOUL)))
                .isEqualTo(LocalDate.of(2021, 4, 15));
    }

    @Test
    void readsTheTimeOnTheExchangesOwnClock() {
        TradingCalendar newYork = new TradingCalendar(NEW_YORK, LocalTime.of(18, 0), Set.of());

        // 23:00 in Seoul on Friday is 10:00 in New York on Friday: Thursday is due there.
        assertThat(newYork.lastDueTradingDay(ZonedDateTime.of(2021, 4, 16, 23, 0, 0, 0, SEOUL)))
                .isEqualTo(LocalDate.of(2021, 4, 15));
    }

    @Test
    void skipsHolidaysAndWeekendsWhenLookingForTheDueDay() {
        TradingCalendar seoul = new TradingCalendar(SEOUL, LocalTime.of(18, 0), Set.of(LocalDate.of(2021, 2, 12)));

        // Monday morning after the Lunar New Year Friday off: the due day is Thursday.
        assertThat(seoul.lastDueTradingDay(ZonedDateTime.of(2021, 2, 15, 9, 0, 0, 0, SEOUL)))
                .isEqualTo(LocalDate.of(2021, 2, 11));
        assertThat(seoul.isTradingDay(LocalDate.of(2021, 2, 12))).isFalse();
        assertThat(seoul.isTradingDay(LocalDate.of(2021, 2, 13))).isFalse();
        assertThat(seoul.isTradingDay(LocalDate.of(2021, 2, 14))).isFalse();
        assertThat(seoul.isTradingDay(LocalDate.of(2021, 2, 15))).isTrue();
    }

    @Test
    void takesPastDaysFromTheBenchmarkAndLaterOnesFromTheCalendar() {
        TradingCalendar seoul = new TradingCalendar(SEOUL, LocalTime.of(18, 0), Set.of(LocalDate.of(2021, 4, 15)));
        // The benchmark has bars on Monday and Wednesday (Tuesday closed), a stray one before the window and
        // one after the due day; Thursday is a listed holiday, Friday a weekday after its last bar.
        Set<LocalDate> benchmark = Set.of(
                LocalDate.of(2021, 4, 2),
                LocalDate.of(2021, 4, 12),
                LocalDate.of(2021, 4, 14),
                LocalDate.of(2021, 4, 19));

        assertThat(seoul.tradingDays(benchmark, LocalDate.of(2021, 4, 5), LocalDate.of(2021, 4, 16), 10))
                .containsExactly(LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 14), LocalDate.of(2021, 4, 16));
        assertThat(seoul.tradingDays(benchmark, LocalDate.of(2021, 4, 5), LocalDate.of(2021, 4, 16), 2))
                .containsExactly(LocalDate.of(2021, 4, 14), LocalDate.of(2021, 4, 16));
        assertThat(seoul.tradingDays(benchmark, LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 14), 10))
                .containsExactly(LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 14));
    }

    @Test
    void fallsBackToTheCalendarWhenTheBenchmarkHasNoBarAtAll() {
        assertThat(SEOUL_CALENDAR.tradingDays(Set.of(), LocalDate.of(2021, 4, 9), LocalDate.of(2021, 4, 13), 10))
                .isEqualTo(List.of(LocalDate.of(2021, 4, 9), LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 13)));
    }
}
