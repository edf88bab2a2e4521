package dev.ollass.projector.audit;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.projector.audit.rules.AuditLedger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit's memory of what it published, in the {@code audit_finding} table of the {@code market} schema. */
@Component
class JdbcAuditLedger implements AuditLedger {

    private final JdbcClient jdbc;

    JdbcAuditLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocalDate, LastFinding> lastFindings(String market, LocalDate from, LocalDate to) {
        return jdbc
                .sql("""
                        SELECT trading_day, status, content_digest FROM audit_finding
                        WHERE market = :market AND trading_day BETWEEN :from AND :to
                        """)
                .param("market", market)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> Map.entry(
                        rs.getObject("trading_day", LocalDate.class),
                        new LastFinding(
                                MarketDataGap.Status.valueOf(rs.getString("status")), rs.getString("content_digest"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void record(MarketDataGap finding) {
        jdbc.sql("""
                        INSERT INTO audit_finding (market, trading_day, status, content_digest, detected_at)
                        VALUES (:market, :day, :status, :digest, :detectedAt)
                        ON DUPLICATE KEY UPDATE status = VALUES(status), content_digest = VALUES(content_digest),
                            detected_at = VALUES(detected_at)
                        """)
                .param("market", finding.market())
                .param("day", finding.tradingDay())
                .param("status", finding.status().name())
                .param("digest", finding.contentDigest())
                .param("detectedAt", LocalDateTime.ofInstant(finding.detectedAt(), ZoneOffset.UTC))
                .update();
    }
}
