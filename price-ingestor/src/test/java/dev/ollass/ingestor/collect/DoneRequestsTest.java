package dev.ollass.ingestor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.collect.FetchDone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the fetch ledger holds in memory: the requests done lately, and no more than its bound. */
class DoneRequestsTest {

    private static final Duration KEEP = Duration.ofDays(8);
    private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    // Caffeine's time: nanoseconds since the test's start, moved with the clock.
    private final DoneRequests done = new DoneRequests(
            KEEP, 1_000, clock, () -> Duration.between(START, now).toNanos());

    @Test
    void aRequestDoneIsKnownWhenItIsRedoneOrPublishedAgain() {
        done.remember(entry("US|2026-12-02|daily-bars", "AAPL", now));
        now = now.plus(Duration.ofDays(7));

        assertThat(done.isDone(id("US|2026-12-02|daily-bars", "AAPL"))).isTrue();
        assertThat(done.knowsRun("US|2026-12-02|daily-bars")).isTrue();
        assertThat(done.isDone(id("US|2026-12-02|daily-bars", "MSFT"))).isFalse();
        assertThat(done.knowsRun("US|2026-12-03|daily-bars")).isFalse();
    }

    @Test
    void aRequestIsForgottenOnceItWasDoneLongerAgoThanItIsKept() {
        done.remember(entry("US|2026-12-02|daily-bars", "AAPL", now));

        now = now.plus(KEEP).plusSeconds(1);

        assertThat(done.isDone(id("US|2026-12-02|daily-bars", "AAPL"))).isFalse();
        assertThat(done.knowsRun("US|2026-12-02|daily-bars")).isFalse();
        assertThat(done.size()).isZero();
    }

    @Test
    void anOldEntryReadFromTheTopicAtStartIsNotHeldAtAll() {
        done.remember(entry("US|2026-11-01|daily-bars", "AAPL", now.minus(KEEP).minusSeconds(1)));
        done.remember(entry("US|2026-11-25|daily-bars", "AAPL", now.minus(KEEP).plusSeconds(60)));

        assertThat(done.isDone(id("US|2026-11-01|daily-bars", "AAPL"))).isFalse();
        assertThat(done.isDone(id("US|2026-11-25|daily-bars", "AAPL"))).isTrue();
        assertThat(done.size()).isOne();

        now = now.plusSeconds(61);
        assertThat(done.isDone(id("US|2026-11-25|daily-bars", "AAPL")))
                .as("kept for what was left of its time, not from when it was read")
                .isFalse();
    }

    @Test
    void aRunIsKnownAsLongAsItsLatestRequestIsKept() {
        done.remember(entry("KR|2026-12-02|daily-bars", "005930.KS", now));
        now = now.plus(Duration.ofDays(2));
        done.remember(entry("KR|2026-12-02|daily-bars", "035720.KS", now));
        done.remember(entry("KR|2026-12-02|daily-bars", "000660.KS", now.minus(Duration.ofDays(3))));

        now = now.plus(Duration.ofDays(7));

        assertThat(done.isDone(id("KR|2026-12-02|daily-bars", "005930.KS"))).isFalse();
        assertThat(done.knowsRun("KR|2026-12-02|daily-bars")).isTrue();
    }

    @Test
    void holdsNoMoreRequestsThanItsBoundHowEverManyAreDone() {
        IntStream.range(0, 5_000).forEach(i -> done.remember(entry("backfill|2020-01-01|2020-12-31", "S" + i, now)));

        assertThat(done.size()).isLessThanOrEqualTo(1_000);
    }

    private static String id(String runKey, String symbol) {
        return runKey + "|yahoo-chart-v8|" + symbol;
    }

    private static FetchDone entry(String runKey, String symbol, Instant doneAt) {
        return new FetchDone(
                id(runKey, symbol),
                runKey,
                symbol,
                "yahoo-chart-v8",
                FetchDone.Outcome.FETCHED,
                1,
                0,
                0,
                Map.of(),
                1,
                1,
                "1 answer(s)",
                doneAt);
    }
}
