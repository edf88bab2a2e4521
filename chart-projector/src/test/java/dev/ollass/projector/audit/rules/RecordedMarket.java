package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.SuspectReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit's two ports over plain lists: the bars a test puts in, the findings a test says were
 * published. It answers exactly what a query asks for (kind, codes, dates), as the JDBC adapters do.
 */
final class RecordedMarket implements MarketDataReader, AuditLedger {

    private final List<StoredPoint> points = new ArrayList<>();
    private final Map<String, Map<LocalDate, LastFinding>> published = new HashMap<>();

    RecordedMarket bars(InstrumentKind kind, String code, LocalDate... days) {
        for (LocalDate day : days) {
            points.add(new StoredPoint(code, kind, day, List.of()));
        }
        return this;
    }

    RecordedMarket suspectBar(InstrumentKind kind, String code, LocalDate day, SuspectReason... reasons) {
        points.removeIf(point -> point.kind() == kind
                && point.code().equals(code)
                && point.date().equals(day));
        points.add(new StoredPoint(code, kind, day, List.of(reasons)));
        return this;
    }

    RecordedMarket remove(InstrumentKind kind, String code, LocalDate day) {
        points.removeIf(point -> point.kind() == kind
                && point.code().equals(code)
                && point.date().equals(day));
        return this;
    }

    @Override
    public List<StoredPoint> points(InstrumentKind kind, Collection<String> codes, LocalDate from, LocalDate to) {
        return points.stream()
                .filter(point -> point.kind() == kind && codes.contains(point.code()))
                .filter(point -> !point.date().isBefore(from) && !point.date().isAfter(to))
                .toList();
    }

    @Override
    public Map<LocalDate, LastFinding> lastFindings(String market, LocalDate from, LocalDate to) {
        Map<LocalDate, LastFinding> inRange = new HashMap<>();
        published.getOrDefault(market, Map.of()).forEach((day, finding) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                inRange.put(day, finding);
            }
        });
        return inRange;
    }

    @Override
    public void record(MarketDataGap finding) {
        published
                .computeIfAbsent(finding.market(), market -> new HashMap<>())
                .put(finding.tradingDay(), new LastFinding(finding.status(), finding.contentDigest()));
    }
}
