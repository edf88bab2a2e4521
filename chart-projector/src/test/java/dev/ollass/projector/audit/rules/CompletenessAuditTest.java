package dev.ollass.projector.audit.rules;

import static dev.ollass.contracts.market.InstrumentKind.FX;
import static dev.ollass.contracts.market.InstrumentKind.INDEX;
import static dev.ollass.contracts.market.InstrumentKind.STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.Status;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import dev.ollass.contracts.market.SuspectReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessAuditTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final AuditedMarket KOREA = new AuditedMarket(
            "KR", SEOUL, "KS11", LocalTime.of(18, 0), List.of("005930", "000660"), List.of("USDKRW"), List.of("KS11"));
    private static final AuditedMarket USA =
            new AuditedMarket("US", NEW_YORK, "GSPC", LocalTime.of(18, 0), List.of("AAPL"), List.of(), List.of("GSPC"));

    // Friday 23:00 in Seoul is 10:00 in New York: Korea's Friday is due, the USA's Thursday.
    private static final Instant FRIDAY_NIGHT_IN_SEOUL = Instant.parse("2021-04-16T14:00:00Z");
    private static final LocalDate MON = LocalDate.of(2021, 4, 12);
    private static final LocalDate TUE = LocalDate.of(2021, 4, 13);
    private static final LocalDate WED = LocalDate.of(2021, 4, 14);
    private static final LocalDate THU = LocalDate.of(2021, 4, 15);
    private static final LocalDate FRI = LocalDate.of(2021, 4, 16);
    private static final LocalDate[] WEEK = {MON, TUE, WED, THU, FRI};

    private final RecordedMarket market = new RecordedMarket();

    private CompletenessAudit audit(int lookBack) {
        return audit(lookBack, MarketHolidays.NONE);
    }

    private CompletenessAudit audit(int lookBack, MarketHolidays holidays) {
        return new CompletenessAudit(market, market, holidays, lookBack);
    }

    /** Every series of Korea has its bar on every day of the week. */
    private RecordedMarket completeKoreanWeek() {
        return market.bars(INDEX, "KS11", WEEK)
                .bars(STOCK, "005930", WEEK)
                .bars(STOCK, "000660", WEEK)
                .bars(FX, "USDKRW", WEEK);
    }

    /** Audits, and publishes what it found (the ledger remembers it), as the runner does. */
    private List<MarketDataGap> publish(CompletenessAudit audit, AuditedMarket audited, Instant now) {
        List<MarketDataGap> found = audit.audit(audited, now);
        found.forEach(market::record);
        return found;
    }

    @Test
    void findsNothingWhenEveryCollectedSeriesHasItsBarOnEveryTradingDay() {
        completeKoreanWeek();

        assertThat(audit(5).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL)).isEmpty();
    }

    @Test
    void reportsOneFindingForTheMarketAndDayWithEverythingMissingThatDaySorted() {
        completeKoreanWeek()
                .remove(STOCK, "005930", WED)
                .remove(STOCK, "000660", WED)
                .remove(FX, "USDKRW", WED);

        assertThat(audit(5).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL)).singleElement().satisfies(gap -> {
            assertThat(gap.status()).isEqualTo(Status.MISSING);
            assertThat(gap.key()).isEqualTo("KR|2021-04-14");
            assertThat(gap.missingSymbols()).containsExactly("000660", "005930");
            assertThat(gap.missingFx()).containsExactly("USDKRW");
            assertThat(gap.missingIndices()).isEmpty();
            assertThat(gap.suspectPoints()).isEmpty();
            assertThat(gap.contentDigest())
                    .isEqualTo(new GapContent(
                                    "KR", WED, List.of("005930", "000660"), List.of("USDKRW"), List.of(), List.of())
                            .digest());
            assertThat(gap.detectedAt()).isEqualTo(FRIDAY_NIGHT_IN_SEOUL);
        });
    }

    @Test
    void takesThePastTradingDaysFromTheBenchmarkIndexNotFromTheWeekdays() {
        // Wednesday the exchange was closed (no holiday list says so): the benchmark has no bar, nor the stocks.
        completeKoreanWeek()
                .remove(INDEX, "KS11", WED)
                .remove(STOCK, "005930", WED)
                .remove(STOCK, "000660", WED)
                .remove(FX, "USDKRW", WED);

        assertThat(audit(5).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL)).isEmpty();
    }

    @Test
    void auditsTheDaysAfterTheBenchmarksLastBarByTheCalendarAndReportsTheBenchmarkMissing() {
        market.bars(INDEX, "KS11", MON, TUE, WED)
                .bars(STOCK, "005930", WEEK)
                .bars(STOCK, "000660", MON, TUE, WED, THU)
                .bars(FX, "USDKRW", WEEK);

        assertThat(audit(5).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL))
                .extracting(MarketDataGap::tradingDay, MarketDataGap::missingSymbols, MarketDataGap::missingIndices)
                .containsExactly(
                        tuple(THU, List.of(), List.of("KS11")), tuple(FRI, List.of("000660"), List.of("KS11")));
    }

    @Test
    void expectsNothingOnAConfiguredHolidayAfterTheBenchmarksLastBar() {
        completeKoreanWeek()
                .remove(INDEX, "KS11", FRI)
                .remove(STOCK, "005930", FRI)
                .remove(STOCK, "000660", FRI);
        market.remove(FX, "USDKRW", FRI);

        assertThat(audit(5, MarketHolidays.of("Asia/Seoul=2021-04-16")).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL))
                .isEmpty();
        assertThat(audit(5, MarketHolidays.of("America/New_York=2021-04-16")).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL))
                .extracting(MarketDataGap::tradingDay)
                .containsExactly(FRI);
    }

    @Test
    void auditsEachMarketUpToTheDayDueInItsOwnZone() {
        // At 10:00 in New York Friday's US session has not even closed: Thursday is the day due.
        market.bars(INDEX, "GSPC", MON, TUE, WED).bars(STOCK, "AAPL", MON, TUE, WED);

        assertThat(audit(5).audit(USA, FRIDAY_NIGHT_IN_SEOUL))
                .extracting(MarketDataGap::key, MarketDataGap::missingSymbols)
                .containsExactly(tuple("US|2021-04-15", List.of("AAPL")));
    }

    @Test
    void doesNotExpectTodaysDataBeforeItIsDueInTheMarketsZone() {
        market.bars(INDEX, "KS11", MON, TUE, WED, THU)
                .bars(STOCK, "005930", MON, TUE, WED, THU)
                .bars(STOCK, "000660", MON, TUE, WED, THU)
                .bars(FX, "USDKRW", MON, TUE, WED, THU);
        Instant justBeforeSixInSeoul = Instant.parse("2021-04-16T08:59:59Z");
        Instant sixInSeoul = Instant.parse("2021-04-16T09:00:00Z");

        assertThat(audit(5).audit(KOREA, justBeforeSixInSeoul)).isEmpty();
        assertThat(audit(5).audit(KOREA, sixInSeoul))
                .extracting(MarketDataGap::tradingDay)
                .containsExactly(FRI);
    }

    @Test
    void reportsSuspectPointsAndADayWithOnlySuspectPoints() {
        completeKoreanWeek()
                .suspectBar(FX, "USDKRW", THU, SuspectReason.CLOSE_OUTSIDE_RANGE, SuspectReason.LARGE_MOVE)
                .suspectBar(STOCK, "005930", THU, SuspectReason.NON_POSITIVE_PRICE);

        assertThat(audit(5).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL)).singleElement().satisfies(gap -> {
            assertThat(gap.key()).isEqualTo("KR|2021-04-15");
            assertThat(gap.problemCount()).isEqualTo(2);
            assertThat(gap.suspectPoints())
                    .containsExactly(
                            new SuspectPoint("005930", STOCK, THU, List.of(SuspectReason.NON_POSITIVE_PRICE)),
                            new SuspectPoint(
                                    "USDKRW",
                                    FX,
                                    THU,
                                    List.of(SuspectReason.CLOSE_OUTSIDE_RANGE, SuspectReason.LARGE_MOVE)));
        });
    }

    @Test
    void ignoresSeriesItDoesNotCollect() {
        completeKoreanWeek().suspectBar(STOCK, "035720", THU, SuspectReason.LARGE_MOVE);

        assertThat(audit(5).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL)).isEmpty();
    }

    @Test
    void publishesAnUnchangedGapOnceAndAChangedOneAgain() {
        completeKoreanWeek().remove(STOCK, "005930", THU);
        CompletenessAudit audit = audit(5);

        MarketDataGap first = publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL).getFirst();
        assertThat(publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL.plusSeconds(3600)))
                .isEmpty();

        market.remove(STOCK, "000660", THU);
        assertThat(publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL.plusSeconds(7200)))
                .singleElement()
                .satisfies(gap -> {
                    assertThat(gap.status()).isEqualTo(Status.MISSING);
                    assertThat(gap.missingSymbols()).containsExactly("000660", "005930");
                    assertThat(gap.contentDigest()).isNotEqualTo(first.contentDigest());
                });
    }

    @Test
    void resolvesAFilledGapWithTheDigestItReportedOnce() {
        completeKoreanWeek().remove(STOCK, "005930", THU);
        CompletenessAudit audit = audit(5);
        MarketDataGap missing = publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL).getFirst();

        market.bars(STOCK, "005930", THU);
        Instant later = FRIDAY_NIGHT_IN_SEOUL.plusSeconds(3600);

        assertThat(publish(audit, KOREA, later)).singleElement().satisfies(gap -> {
            assertThat(gap.status()).isEqualTo(Status.RESOLVED);
            assertThat(gap.key()).isEqualTo("KR|2021-04-15");
            assertThat(gap.contentDigest()).isEqualTo(missing.contentDigest());
            assertThat(gap.problemCount()).isZero();
            assertThat(gap.detectedAt()).isEqualTo(later);
        });
        assertThat(publish(audit, KOREA, later.plusSeconds(3600))).isEmpty();
    }

    @Test
    void reportsAGapAgainWhenItReappearsAfterItWasResolved() {
        completeKoreanWeek().remove(STOCK, "005930", THU);
        CompletenessAudit audit = audit(5);
        MarketDataGap missing = publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL).getFirst();
        market.bars(STOCK, "005930", THU);
        publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL);

        market.remove(STOCK, "005930", THU);

        assertThat(publish(audit, KOREA, FRIDAY_NIGHT_IN_SEOUL)).singleElement().satisfies(gap -> {
            assertThat(gap.status()).isEqualTo(Status.MISSING);
            assertThat(gap.contentDigest()).isEqualTo(missing.contentDigest());
        });
    }

    @Test
    void checksTheLastLookBackTradingDaysOldestFirst() {
        // Three weeks of benchmark bars, and not one bar of anything else.
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2021, 3, 29); !day.isAfter(FRI); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days.add(day);
            }
        }
        market.bars(INDEX, "KS11", days.toArray(LocalDate[]::new));

        assertThat(audit(12).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL))
                .extracting(MarketDataGap::tradingDay)
                .containsExactlyElementsOf(days.subList(days.size() - 12, days.size()));
        assertThat(audit(1).audit(KOREA, FRIDAY_NIGHT_IN_SEOUL))
                .extracting(MarketDataGap::tradingDay)
                .containsExactly(FRI);
    }

    @Test
    void refusesToLookBackLessThanOneDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> audit(0))
                .withMessageContaining("at least one trading day: 0");
    }
}
