package dev.ollass.projector.audit;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.ProjectorSettings;
import dev.ollass.projector.audit.rules.AuditLedger;
import dev.ollass.projector.audit.rules.AuditedMarket;
import dev.ollass.projector.audit.rules.CompletenessAudit;
import dev.ollass.projector.audit.rules.MarketDataReader;
import dev.ollass.web.ProblemException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the completeness audit of a market (on its schedule, {@link AuditSchedule}, or on request) and
 * publishes what it found to {@code market.data-gaps.v2}, keyed {@code MARKET|YYYY-MM-DD}; each finding is
 * recorded in the audit's ledger once the broker has acknowledged it. One run at a time, so that a
 * scheduled run and a requested one cannot both publish the same finding.
 */
@Component
public class AuditRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);

    private final CompletenessAudit audit;
    private final AuditLedger ledger;
    private final KafkaTemplate<String, MarketDataGap> gaps;
    private final List<AuditedMarket> markets;
    private final Clock clock;

    AuditRunner(
            MarketDataReader reader,
            AuditLedger ledger,
            KafkaTemplate<String, MarketDataGap> gaps,
            ProjectorSettings settings,
            Clock clock) {
        this.audit = new CompletenessAudit(
                reader, ledger, settings.marketHolidays(), settings.audit().lookBack());
        this.ledger = ledger;
        this.gaps = gaps;
        this.markets = settings.audit().auditedMarkets();
        this.clock = clock;
    }

    /** Audits every configured market; answers the findings published, market by market. */
    public List<MarketDataGap> run() {
        List<MarketDataGap> published = new ArrayList<>();
        for (AuditedMarket market : markets) {
            published.addAll(run(market));
        }
        return published;
    }

    /**
     * Audits the market with code {@code code}; answers the findings published.
     *
     * @throws ProblemException (404 {@code unknown-market}) when no market has that code
     */
    public List<MarketDataGap> run(String code) {
        return run(markets.stream()
                .filter(market -> market.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.NOT_FOUND,
                        "unknown-market",
                        "Unknown market",
                        "No audited market has the code " + code + "; configured: "
                                + markets.stream().map(AuditedMarket::code).toList(),
                        "market")));
    }

    private synchronized List<MarketDataGap> run(AuditedMarket market) {
        List<MarketDataGap> found = audit.audit(market, clock.instant());
        CompletableFuture.allOf(found.stream()
                        .map(gap -> gaps.send(Topics.MARKET_DATA_GAPS.name(), gap.key(), gap))
                        .toArray(CompletableFuture[]::new))
                .join();
        found.forEach(ledger::record);
        log.info(
                "Completeness audit of market {} published {} findings to {}: {}",
                market.code(),
                found.size(),
                Topics.MARKET_DATA_GAPS.name(),
                found.stream().map(MarketDataGap::notificationKey).toList());
        return found;
    }
}
