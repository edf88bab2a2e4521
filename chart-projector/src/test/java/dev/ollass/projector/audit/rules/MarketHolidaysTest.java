package dev.ollass.projector.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketHolidaysTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void readsTheHolidaysOfEachExchangeZone() {
        MarketHolidays holidays = MarketHolidays.of("Asia/Seoul=2021-02-11,2021-02-12;America/New_York=2021-04-02");

        assertThat(holidays.in(SEOUL)).containsExactlyInAnyOrder(LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 12));
        assertThat(holidays.in(NEW_YORK)).containsExactly(LocalDate.of(2021, 4, 2));
    }

    @Test
    void toleratesSpacesAndStraySeparators() {
        MarketHolidays holidays =
                MarketHolidays.of(" Asia/Seoul = 2021-02-11 , 2021-02-12, ; ;America/New_York=2021-04-02;");

        assertThat(holidays.in(SEOUL)).containsExactlyInAnyOrder(LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 12));
        assertThat(holidays.in(NEW_YORK)).containsExactly(LocalDate.of(2021, 4, 2));
    }

    @Test
    void mergesAZoneNamedTwice() {
        MarketHolidays holidays = MarketHolidays.of("Asia/Seoul=2021-02-11;Asia/Seoul=2021-02-12");

        assertThat(holidays.in(SEOUL)).containsExactlyInAnyOrder(LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 12));
    }

    @Test
    void knowsNoHolidaysWhenNothingIsConfigured() {
        assertThat(MarketHolidays.of("").in(SEOUL)).isEmpty();
        assertThat(MarketHolidays.of("America/New_York=2021-04-02").in(SEOUL)).isEmpty();
        assertThat(MarketHolidays.NONE.in(NEW_YORK)).isEmpty();
    }

    @Test
    void namesTheEntryItCannotRead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarketHolidays.of("Asia/Seoul 2021-02-11"))
                .withMessageContaining("\"Asia/Seoul 2021-02-11\" is not <zone>=<date>");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarketHolidays.of("Asia/Seoul=2021-02-30"))
                .withMessageContaining("\"Asia/Seoul=2021-02-30\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarketHolidays.of("Mars/Olympus=2021-02-11"))
                .withMessageContaining("\"Mars/Olympus=2021-02-11\"");
    }

    @Test
    void isNotChangedByTheMapItWasBuiltFrom() {
        Set<LocalDate> days = new HashSet<>(Set.of(LocalDate.of(2021, 4, 2)));
        Map<ZoneId, Set<LocalDate>> byZone = new HashMap<>(Map.of(NEW_YORK, days));
        MarketHolidays holidays = new MarketHolidays(byZone);

        days.add(LocalDate.of(2021, 5, 31));
        byZone.put(SEOUL, Set.of(LocalDate.of(2021, 2, 12)));

        assertThat(holidays.in(NEW_YORK)).containsExactly(LocalDate.of(2021, 4, 2));
        assertThat(holidays.in(SEOUL)).isEmpty();
    }
}
