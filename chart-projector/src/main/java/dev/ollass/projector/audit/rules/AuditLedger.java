package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.MarketDataGap;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the audit last published per market and trading day, so that an unchanged finding is not
 * published again. Recorded only once the broker has acknowledged the finding: a crash in between
 * publishes it once more, with the same digest, which consumers recognise.
 */
public interface AuditLedger {

    /** The last finding published for each day of {@code market} from {@code from} to {@code to}. */
    Map<LocalDate, LastFinding> lastFindings(String market, LocalDate from, LocalDate to);

    /** Remembers {@code finding} as the last one published for its market and day. */
    void record(MarketDataGap finding);

    /** The status and content digest of a published finding. */
    record LastFinding(MarketDataGap.Status status, String contentDigest) {}
}
