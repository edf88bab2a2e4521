package dev.ollass.projector.audit;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.ProjectorSettings;
import dev.ollass.projector.audit.rules.CompletenessAudit;
import dev.ollass.projector.sink.MarketTables;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the completeness audit on schedule (or on request) and publishes one event per gap. */
@Component
public class AuditRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);

    private final MarketTables tables;
    private final KafkaTemplate<String, PriceDataMissing> gaps;
    private final ProjectorSettings settings;
    private final Clock clock;
    private final CompletenessAudit audit;

    AuditRunner(
            MarketTables tables,
            KafkaTemplate<String, PriceDataMissing> gaps,
            ProjectorSettings settings,
            Clock clock) {
        this.tables = tables;
        this.gaps = gaps;
        this.settings = settings;
        this.clock = clock;
        this.audit = new CompletenessAudit(settings.auditDueAfter(), settings.auditZone(), settings.marketHolidays());
    }

    @Scheduled(cron = "${ollass.projector.audit-cron:0 0 23 * * MON-SAT}", zone = "Asia/Seoul")
    public List<PriceDataMissing> run() {
        Map<String, CompletenessAudit.LastSeen> lastSeen = tables.progressOf(settings.auditSymbols()).values().stream()
                .collect(Collectors.toMap(
                        MarketTables.SymbolProgress::symbol,
                        p -> new CompletenessAudit.LastSeen(p.lastTradingDate(), ZoneId.of(p.exchangeTimeZone()))));
        List<PriceDataMissing> found = audit.findGaps(settings.auditSymbols(), lastSeen, ZonedDateTime.now(clock));
        CompletableFuture.allOf(found.stream()
                        .map(gap -> gaps.send(Topics.DATA_GAPS.name(), gap.key(), gap))
                        .toArray(CompletableFuture[]::new))
                .join();
        log.info(
                "Completeness audit of {} symbols found {} gaps, published to {}",
                settings.auditSymbols().size(),
                found.size(),
                Topics.DATA_GAPS.name());
        return found;
    }
}
