package dev.ollass.projector;

import dev.ollass.projector.audit.rules.MarketHolidays;
import dev.ollass.projector.bar.rules.MoveBounds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the chart projector ({@code ollass.projector.*}).
 *
 * <p>Kafka and Kafka Streams settings Boot has a property for are {@code spring.kafka.*} properties
 * (application id, state directory, exactly-once: see {@code application.properties}).
 *
 * @param commitInterval how often the topology commits, i.e. how soon its output is visible to the
 *     sinks (exactly-once output is read committed); it is the topology's {@code commit.interval.ms}
 * @param marketClock a fixed "now" for the market calendar (the offline demo runs on 2021-04-16);
 *     unset for the real clock
 * @param auditSymbols the symbols the ingestor is configured to collect, checked by the audit
 * @param auditZone the exchange time zone assumed for an audited symbol never seen yet
 * @param auditDueAfter exchange-local time after which a trading day's bar is expected to exist
 * @param marketHolidays weekdays each market is closed, by exchange zone, e.g. {@code
 *     Asia/Seoul=2021-02-11,2021-02-12;America/New_York=2021-04-02}; none by default, so every
 *     weekday is a trading day until the list names it
 * @param sinkAttempts how many times a sink tries a record that fails for a reason of its own (too
 *     long a code, a constraint violation) before it goes to the sink's dead-letter topic; an outage
 *     (MySQL or Redis down) is retried until it is over
 * @param sinkRetryInterval the pause between those tries, and the first pause during an outage
 * @param sinkMaxOutageInterval the longest pause between tries during an outage (the pause doubles)
 * @param sanity when a daily bar is flagged as suspect ({@code ollass.projector.sanity.*})
 */
@ConfigurationProperties("ollass.projector")
public record ProjectorSettings(
        @DefaultValue("1s") Duration commitInterval,

        @Nullable OffsetDateTime marketClock,
        @DefaultValue("AAPL") List<String> auditSymbols,
        @DefaultValue("Asia/Seoul") ZoneId auditZone,
        @DefaultValue("18:00") LocalTime auditDueAfter,
        @DefaultValue("") MarketHolidays marketHolidays,
        @DefaultValue("3") int sinkAttempts,
        @DefaultValue("500ms") Duration sinkRetryInterval,
        @DefaultValue("30s") Duration sinkMaxOutageInterval,
        @DefaultValue Sanity sanity) {

    /**
     * How far a close may move from the previous trading day's close, as a fraction of it, before its
     * bar is flagged {@code LARGE_MOVE} (unless a known split explains the move).
     *
     * @param stockMove the bound for stocks ({@code 0.30}: 30%)
     * @param indexMove the bound for indices
     * @param fxMove the bound for exchange rates
     */
    public record Sanity(
            @DefaultValue("0.30") BigDecimal stockMove,
            @DefaultValue("0.10") BigDecimal indexMove,
            @DefaultValue("0.10") BigDecimal fxMove) {

        public MoveBounds moveBounds() {
            return new MoveBounds(stockMove, indexMove, fxMove);
        }
    }
}
