package dev.ollass.projector.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * How fresh the projections are: per record, the time from its ingest (the source record's timestamp,
 * which the topology carries over to what it emits) to the moment the sink made it visible in MySQL or
 * Redis. A Micrometer timer {@code ollass.projection.freshness}, tagged {@code sink} ({@code mysql},
 * {@code redis}) and {@code topic}, with a percentile histogram, so that Prometheus can tell p50 from
 * p99 ({@code ollass_projection_freshness_seconds_bucket}). During a replay it shows the age of the
 * records replayed. Wall-clock time, not the market clock. Public so that the sinks of other packages
 * ({@code current}) measure the same way.
 */
@Component
public class ProjectionFreshness {

    public static final String METER = "ollass.projection.freshness";

    private static final Duration[] SLO_BOUNDS = {
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)
    };

    private final MeterRegistry registry;
    private final Clock wallClock = Clock.systemUTC();

    ProjectionFreshness(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The current wall-clock time, in epoch milliseconds: when something just became visible. */
    public long now() {
        return wallClock.millis();
    }

    /** Records that the non-null values of {@code records} became visible in {@code sink} at {@code visibleAt}. */
    public void visible(String sink, List<? extends ConsumerRecord<?, ?>> records, long visibleAt) {
        if (records.isEmpty()) {
            return;
        }
        Timer timer = Timer.builder(METER)
                .description("time from a market record's ingest to its projection being visible in the sink")
                .tag("sink", sink)
                .tag("topic", records.getFirst().topic())
                .publishPercentileHistogram()
                // Buckets at the freshness targets themselves, so that "p99 under 1 s" is read off a bucket's bound
                // rather than the nearest of the default ones (894 ms, 1.07 s).
                .serviceLevelObjectives(SLO_BOUNDS)
                .register(registry);
        for (ConsumerRecord<?, ?> record : records) {
            if (record.value() != null) {
                timer.record(Duration.ofMillis(Math.max(0, visibleAt - record.timestamp())));
            }
        }
    }
}
