package dev.ollass.projector.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceDataMissing;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletenessAuditTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final CompletenessAudit audit = new CompletenessAudit(LocalTime.of(18, 0), SEOUL, MarketHolidays.NONE);

    @Test
    void expectsYesterdaysUsBarAtElevenInTheEveningInSeoulBecauseNewYorkHasNotClosedYet() {
        ZonedDateTime fridayNightInSeoul = ZonedDateTime.of(2021, 4, 16, 23, 0, 0, 0, SEOUL);

        List<PriceDataMissing> gaps = audit.findGaps(
                List.of("AAPL"),
                Map.of("AAPL", new CompletenessAudit.LastSeen(LocalDate.of(2021, 4, 14), NEW_YORK)),
                fridayNightInSeoul);

        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.symbol()).isEqualTo("AAPL");
            assertThat(gap.expectedDate()).isEqualTo(LocalDate.of(2021, 4, 15));
            assertThat(gap.lastSeenDate()).isEqualTo(LocalDate.of(2021, 4, 14));
            assertThat(gap.key()).isEqualTo("AAPL|2021-04-15");
        });
    }

    @Test
    void findsNothingMissingWhenTheDueBarIsThere() {
        ZonedDateTime fridayNightInSeoul = ZonedDateTime.of(2021, 4, 16, 23, 0, 0, 0, SEOUL);

        List<PriceDataMissing> gaps = audit.findGaps(
                List.of("005930"),
                Map.of("005930", new CompletenessAudit.LastSeen(LocalDate.of(2021, 4, 16), SEOUL)),
                fridayNightInSeoul);

        assertThat(gaps).isEmpty();
    }

    @Test
    void reportsASymbolThatHasNoDataAtAll() {
        ZonedDateTime sundayInSeoul = ZonedDateTime.of(2021, 4, 18, 12, 0, 0, 0, SEOUL);

        List<PriceDataMissing> gaps = audit.findGaps(List.of("005930"), Map.of(), sundayInSeoul);

        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.expectedDate()).isEqualTo(LocalDate.of(2021, 4, 16)); // the Friday before
            assertThat(gap.lastSeenDate()).isNull();
        });
    }

    @Test
    void skipsHolidaysAndWeekendsWhenLookingForTheDueDay() {
        TradingCalendar seoul = new TradingCalendar(SEOUL, LocalTime.of(18, 0), Set.of(LocalDate.of(2021, 2, 12)));

        // Monday morning after the Lunar New Year Friday off: the due day is Thursday.
        assertThat(seoul.lastDueTradingDay(ZonedDateTime.of(2021, 2, 15, 9, 0, 0, 0, SEOUL)))
                .isEqualTo(LocalDate.of(2021, 2, 11));
    }

    @Test
    void doesNotExpectABarForAConfiguredHolidayOfTheSymbolsExchange() {
        var withGoodFriday =
                new CompletenessAudit(LocalTime.of(18, 0), SEOUL, MarketHolidays.of("America/New_York=2021-04-02"));
        ZonedDateTime mondayMorningInSeoul = ZonedDateTime.of(2021, 4, 5, 9, 0, 0, 0, SEOUL);
        var seenOnThursday = Map.of("AAPL", new CompletenessAudit.LastSeen(LocalDate.of(2021, 4, 1), NEW_YORK));

        assertThat(withGoodFriday.findGaps(List.of("AAPL"), seenOnThursday, mondayMorningInSeoul))
                .isEmpty();
        assertThat(audit.findGaps(List.of("AAPL"), seenOnThursday, mondayMorningInSeoul))
                .singleElement()
                .satisfies(gap -> assertThat(gap.expectedDate()).isEqualTo(LocalDate.of(2021, 4, 2)));
    }

    @Test
    void appliesAHolidayOnlyToTheExchangesOfItsZone() {
        var withGoodFriday =
                new CompletenessAudit(LocalTime.of(18, 0), SEOUL, MarketHolidays.of("America/New_York=2021-04-02"));
        ZonedDateTime fridayNightInSeoul = ZonedDateTime.of(2021, 4, 2, 23, 0, 0, 0, SEOUL);

        List<PriceDataMissing> gaps = withGoodFriday.findGaps(
                List.of("005930"),
                Map.of("005930", new CompletenessAudit.LastSeen(LocalDate.of(2021, 4, 1), SEOUL)),
                fridayNightInSeoul);

        assertThat(gaps)
                .singleElement()
                .satisfies(gap -> assertThat(gap.expectedDate()).isEqualTo(LocalDate.of(2021, 4, 2)));
    }

    @Test
    void appliesTheHolidaysOfTheAssumedZoneToASymbolNeverSeen() {
        var withLunarNewYear = new CompletenessAudit(
                LocalTime.of(18, 0), SEOUL, MarketHolidays.of("Asia/Seoul=2021-02-11,2021-02-12"));
        ZonedDateTime fridayNightInSeoul = ZonedDateTime.of(2021, 2, 12, 23, 0, 0, 0, SEOUL);

        assertThat(withLunarNewYear.findGaps(List.of("005930"), Map.of(), fridayNightInSeoul))
                .singleElement()
                .satisfies(gap -> assertThat(gap.expectedDate()).isEqualTo(LocalDate.of(2021, 2, 10)));
    }
}
