package dev.ollass.ingestor.collect.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.collect.FetchRequest.FetchReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketJobTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final MarketJob KOREAN_BARS = new MarketJob(
            "KR",
            "daily-bars",
            SEOUL,
            JobTime.daily(LocalTime.of(16, 30), JobTime.WEEKDAYS),
            "yahoo-chart-v8",
            7,
            true,
            List.of("005930.KS", "035720.KS"));

    @Test
    void aRunAsksForEachSymbolTheWeekBeforeTheMarketsDateUnderOneRunKey() {
        // 16:30 in Seoul on Wednesday 2026-12-02 is 07:30 UTC that day.
        ZonedDateTime firedAt = ZonedDateTime.parse("2026-12-02T07:30:00Z[UTC]");

        List<FetchRequest> run = KOREAN_BARS.run(firedAt, NOW);

        assertThat(run)
                .extracting(FetchRequest::id)
                .containsExactly(
                        "KR|2026-12-02|daily-bars|yahoo-chart-v8|005930.KS",
                        "KR|2026-12-02|daily-bars|yahoo-chart-v8|035720.KS");
        assertThat(run.getFirst())
                .isEqualTo(new FetchRequest(
                        "KR|2026-12-02|daily-bars|yahoo-chart-v8|005930.KS",
                        "KR|2026-12-02|daily-bars",
                        "005930.KS",
                        "yahoo-chart-v8",
                        LocalDate.of(2026, 11, 25),
                        LocalDate.of(2026, 12, 2),
                        FetchReason.SCHEDULE,
                        NOW));
    }

    @Test
    void theRunsDateIsTheMarketsEvenWhenUtcIsStillOnTheDayBefore() {
        ZonedDateTime firedAt = ZonedDateTime.parse("2026-12-01T23:30:00Z[UTC]");

        assertThat(KOREAN_BARS.run(firedAt, NOW).getFirst().runKey()).isEqualTo("KR|2026-12-02|daily-bars");
    }

    @Test
    void catchesUpOnTheMissedRunsInOneRunFromAWeekBeforeTheFirstToTheLast() {
        // Up again on Wednesday 2026-12-02 at 18:00 in Seoul; the last runs known are Thursday's and Friday's.
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 2, 18, 0, 0, 0, SEOUL);
        Set<String> known = Set.of("KR|2026-11-26|daily-bars", "KR|2026-11-27|daily-bars");

        List<FetchRequest> missed =
                KOREAN_BARS.catchUp(now, 7, known::contains, NOW).orElseThrow();

        assertThat(missed).hasSize(2).allSatisfy(request -> {
            assertThat(request.runKey()).isEqualTo("KR|2026-12-02|daily-bars");
            assertThat(request.from()).isEqualTo(LocalDate.of(2026, 11, 30).minusDays(7));
            assertThat(request.to()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(request.reason()).isEqualTo(FetchReason.CATCH_UP);
        });
    }

    @Test
    void catchesUpOnNothingWhenEveryRunWithinTheDaysIsKnown() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 2, 18, 0, 0, 0, SEOUL);
        Set<String> known = Set.of(
                "KR|2026-11-25|daily-bars",
                "KR|2026-11-26|daily-bars",
                "KR|2026-11-27|daily-bars",
                "KR|2026-11-30|daily-bars",
                "KR|2026-12-01|daily-bars",
                "KR|2026-12-02|daily-bars");

        assertThat(KOREAN_BARS.catchUp(now, 7, known::contains, NOW)).isEmpty();
    }

    @Test
    void aRunWhoseTimeHasNotComeIsNotMissed() {
        ZonedDateTime beforeTheRun = ZonedDateTime.of(2026, 12, 2, 16, 0, 0, 0, SEOUL);
        Set<String> known = Set.of(
                "KR|2026-12-01|daily-bars",
                "KR|2026-11-30|daily-bars",
                "KR|2026-11-27|daily-bars",
                "KR|2026-11-26|daily-bars",
                "KR|2026-11-25|daily-bars");

        assertThat(KOREAN_BARS.catchUp(beforeTheRun, 7, known::contains, NOW)).isEmpty();
    }

    @Test
    void currentPricesAreNotCaughtUpOn() {
        MarketJob prices = new MarketJob(
                "KR", "current-prices", SEOUL, JobTime.hourlyAt(20), "naver-polling", 0, false, List.of("005930"));

        assertThat(prices.catchUp(ZonedDateTime.now(SEOUL), 7, key -> false, NOW))
                .isEmpty();
    }

    @Test
    void eachHoursRunOfAnHourlyJobIsARunOfItsOwnInTheMarketsZone() {
        MarketJob prices = new MarketJob(
                "US",
                "current-prices",
                ZoneId.of("America/New_York"),
                JobTime.hourlyAt(15),
                "yahoo-quote-v7",
                0,
                false,
                List.of("AAPL,MSFT"));

        // 14:15 and 15:15 UTC on 2026-12-02 are 09:15 and 10:15 in New York.
        List<FetchRequest> nine = prices.run(ZonedDateTime.parse("2026-12-02T14:15:00Z[UTC]"), NOW);
        List<FetchRequest> ten = prices.run(ZonedDateTime.parse("2026-12-02T15:15:00Z[UTC]"), NOW);

        assertThat(nine.getFirst().runKey()).isEqualTo("US|2026-12-02T09|current-prices");
        assertThat(ten.getFirst().id()).isEqualTo("US|2026-12-02T10|current-prices|yahoo-quote-v7|AAPL,MSFT");
        assertThat(ten.getFirst().from()).isEqualTo(LocalDate.of(2026, 12, 2));
    }
}
