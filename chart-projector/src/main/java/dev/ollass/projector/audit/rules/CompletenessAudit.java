package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The completeness audit of one market: over its last {@code lookBack} trading days up to the day
 * that is due, which collected stocks, exchange rates and indices have no bar and which bars are
 * flagged suspect. It answers only what is new since the last findings it was told were published
 * ({@link AuditLedger}): a day whose content is unchanged yields nothing, a changed content a new
 * {@code MISSING} finding, and a day found complete after a {@code MISSING} one a {@code RESOLVED}
 * finding naming the digest it resolves. A day with suspect points only is a finding too: the data
 * is there but may be wrong, which an operator should look at.
 */
public final class CompletenessAudit {

    private final MarketDataReader reader;
    private final AuditLedger ledger;
    private final MarketHolidays holidays;
    private final int lookBack;

    /**
     * @param lookBack how many trading days, up to the due one, each run checks (at least 1)
     */
    public CompletenessAudit(MarketDataReader reader, AuditLedger ledger, MarketHolidays holidays, int lookBack) {
        if (lookBack < 1) {
            throw new IllegalArgumentException("the audit's look-back must be at least one trading day: " + lookBack);
        }
        this.reader = reader;
        this.ledger = ledger;
        this.holidays = holidays;
        this.lookBack = lookBack;
    }

    /** The findings to publish for {@code market} at {@code now}, oldest day first. */
    public List<MarketDataGap> audit(AuditedMarket market, Instant now) {
        TradingCalendar calendar = new TradingCalendar(market.zone(), market.dueAfter(), holidays.in(market.zone()));
        LocalDate dueDay = calendar.lastDueTradingDay(now.atZone(market.zone()));
        // Enough calendar days for lookBack trading days across weekends and the longest holidays.
        LocalDate from = dueDay.minusDays(2L * lookBack + 14);
        Set<LocalDate> benchmarkDays =
                reader.points(InstrumentKind.INDEX, List.of(market.benchmarkIndex()), from, dueDay).stream()
                        .map(StoredPoint::date)
                        .collect(Collectors.toSet());
        List<LocalDate> days = calendar.tradingDays(benchmarkDays, from, dueDay, lookBack);
        LocalDate first = days.getFirst();
        Map<LocalDate, List<StoredPoint>> pointsByDay = new HashMap<>();
        collect(pointsByDay, InstrumentKind.STOCK, market.symbols(), first, dueDay);
        collect(pointsByDay, InstrumentKind.FX, market.fx(), first, dueDay);
        collect(pointsByDay, InstrumentKind.INDEX, market.indices(), first, dueDay);
        Map<LocalDate, AuditLedger.LastFinding> published = ledger.lastFindings(market.code(), first, dueDay);

        List<MarketDataGap> findings = new ArrayList<>();
        for (LocalDate day : days) {
            GapContent content = contentOf(market, day, pointsByDay.getOrDefault(day, List.of()));
            @Nullable MarketDataGap finding = newFinding(content, published.get(day), now);
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private void collect(
            Map<LocalDate, List<StoredPoint>> byDay,
            InstrumentKind kind,
            List<String> codes,
            LocalDate from,
            LocalDate to) {
        if (codes.isEmpty()) {
            return;
        }
        for (StoredPoint point : reader.points(kind, codes, from, to)) {
            byDay.computeIfAbsent(point.date(), day -> new ArrayList<>()).add(point);
        }
    }

    private static GapContent contentOf(AuditedMarket market, LocalDate day, List<StoredPoint> points) {
        return new GapContent(
                market.code(),
                day,
                missing(market.symbols(), InstrumentKind.STOCK, points),
                missing(market.fx(), InstrumentKind.FX, points),
                missing(market.indices(), InstrumentKind.INDEX, points),
                points.stream()
                        .filter(point -> !point.suspectReasons().isEmpty())
                        .map(point ->
                                new SuspectPoint(point.code(), point.kind(), point.date(), point.suspectReasons()))
                        .toList());
    }

    private static List<String> missing(List<String> codes, InstrumentKind kind, List<StoredPoint> points) {
        Set<String> present = new HashSet<>();
        for (StoredPoint point : points) {
            if (point.kind() == kind) {
                present.add(point.code());
            }
        }
        return codes.stream().filter(code -> !present.contains(code)).toList();
    }

    private static @Nullable MarketDataGap newFinding(
            GapContent content, AuditLedger.@Nullable LastFinding last, Instant now) {
        boolean lastWasMissing = last != null && last.status() == MarketDataGap.Status.MISSING;
        if (content.isEmpty()) {
            return lastWasMissing
                    ? GapContent.resolved(content.market(), content.tradingDay(), last.contentDigest(), now)
                    : null;
        }
        return lastWasMissing && last.contentDigest().equals(content.digest()) ? null : content.missing(now);
    }
}
