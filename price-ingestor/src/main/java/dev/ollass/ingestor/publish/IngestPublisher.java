package dev.ollass.ingestor.publish;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes what a source yielded: ticks keyed by symbol, rejects keyed by origin. Waits for the
 * broker's acknowledgement so that a caller only reports success for what is really stored.
 */
@Component
public class IngestPublisher {

    private static final Logger log = LoggerFactory.getLogger(IngestPublisher.class);

    private final KafkaTemplate<String, PriceTick> ticks;
    private final KafkaTemplate<String, IngestRejected> rejects;
    private final MeterRegistry meters;
    private final Clock clock;

    IngestPublisher(
            KafkaTemplate<String, PriceTick> ticks,
            KafkaTemplate<String, IngestRejected> rejects,
            MeterRegistry meters,
            Clock clock) {
        this.ticks = ticks;
        this.rejects = rejects;
        this.meters = meters;
        this.clock = clock;
    }

    public IngestSummary publish(String source, String origin, ChartParseResult result) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (PriceTick tick : result.ticks()) {
            sends.add(ticks.send(Topics.PRICE_TICKS.name(), tick.symbol(), tick));
        }
        for (ChartParseResult.Rejection rejection : result.rejections()) {
            IngestRejected event = new IngestRejected(
                    source,
                    origin,
                    rejection.reasonCode(),
                    rejection.reason(),
                    rejection.rawPayload(),
                    clock.instant());
            sends.add(rejects.send(Topics.INGEST_REJECTS.name(), origin, event));
            meters.counter("ollass.ingest.rejects", "source", source, "reason", rejection.reasonCode())
                    .increment();
            log.warn("Rejected input from {} ({}): {}", origin, rejection.reasonCode(), rejection.reason());
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        meters.counter("ollass.ingest.ticks", "source", source)
                .increment(result.ticks().size());
        log.info(
                "Published {} ticks and {} rejects from {} to {}",
                result.ticks().size(),
                result.rejections().size(),
                origin,
                Topics.PRICE_TICKS.name());
        return new IngestSummary(
                origin, result.ticks().size(), result.rejections().size());
    }
}
