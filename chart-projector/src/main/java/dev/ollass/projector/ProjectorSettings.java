package dev.ollass.projector;

import dev.ollass.projector.audit.rules.AuditedMarket;
import dev.ollass.projector.audit.rules.MarketHolidays;
import dev.ollass.projector.bar.rules.MoveBounds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *     sinks (exactly-once output is read committed); it is the topology's {@code commit.interval.ms}.
 *     500 ms: a record waits half of it on average before a sink can read it, and each commit costs a
 *     transaction (requests and commit markers on every partition written: broker CPU). On two cores that
 *     carry the broker, the databases and the projector at 10,000 ticks/s, 500 ms cost about 15% less CPU per
 *     tick than 200 ms and gave the better p99 ({@code ./ollass bench project}, README); with cores to spare, a
 *     shorter one is fresher
 * @param marketClock a fixed "now" for the market calendar (the offline demo runs on 2021-04-16);
 *     unset for the real clock
 * @param audit the completeness audit: which markets, what it checks of each, when it runs
 *     ({@code ollass.projector.audit.*})
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
        @DefaultValue("500ms") Duration commitInterval,

        @Nullable OffsetDateTime marketClock,
        @DefaultValue Audit audit,
        @DefaultValue("") MarketHolidays marketHolidays,
        @DefaultValue("3") int sinkAttempts,
        @DefaultValue("500ms") Duration sinkRetryInterval,
        @DefaultValue("30s") Duration sinkMaxOutageInterval,
        @DefaultValue Sanity sanity) {

    /**
     * The completeness audit.
     *
     * @param lookBack how many trading days, up to the one that is due, each run checks per market
     * @param scheduled whether each market's audit runs by itself on its {@code cron}; on-demand runs
     *     ({@code POST /audit}) work either way
     * @param markets the audited markets by code ({@code KR}, {@code US}): none unless configured;
     *     {@code application.properties} configures Korea and the USA with the recorded series
     */
    public record Audit(
            @DefaultValue("10") int lookBack,
            @DefaultValue("true") boolean scheduled,
            @Nullable Map<String, Market> markets) {

        public Audit {
            markets = markets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(markets));
        }

        /** The configured markets, as the audit's rules see them. */
        public List<AuditedMarket> auditedMarkets() {
            return markets().entrySet().stream()
                    .map(market -> market.getValue().audited(market.getKey()))
                    .toList();
        }

        @Override
        public Map<String, Market> markets() {
            return Objects.requireNonNull(markets);
        }
    }

    /**
     * One audited market.
     *
     * @param zone the exchange's time zone: the audit's days and its {@code cron} are local to it
     * @param benchmark the index code whose bars say which past days were trading days ({@code KS11})
     * @param dueAfter exchange-local time after which a trading day's data is expected to exist
     * @param cron when the audit of this market runs by itself, in {@code zone} (Spring cron, six
     *     fields); {@code -} never
     * @param symbols the stock codes the ingestor collects for this market
     * @param fx the currency pairs checked on its trading days
     * @param indices the index codes checked (the benchmark among them, to hear that it is missing)
     */
    public record Market(
            ZoneId zone,
            String benchmark,
            @DefaultValue("18:00") LocalTime dueAfter,
            @DefaultValue("-") String cron,
            @DefaultValue List<String> symbols,
            @DefaultValue List<String> fx,
            @DefaultValue List<String> indices) {

        AuditedMarket audited(String code) {
            return new AuditedMarket(code, zone, benchmark, dueAfter, symbols, fx, indices);
        }
    }

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
