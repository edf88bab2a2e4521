package dev.ollass.ingestor.publish;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.source.SourcePayload;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes what a source yielded, by one code path whatever the source: ticks and corporate actions
 * keyed by symbol, current prices keyed by kind and code, rejects keyed by origin. Waits for the broker's acknowledgement so that a caller only reports success for what is
 * really stored.
 */
@Component
public class IngestPublisher {

    private static final Logger log = LoggerFactory.getLogger(IngestPublisher.class);

    private final KafkaTemplate<String, PriceTick> ticks;
    private final KafkaTemplate<String, IngestRejected> rejects;
    private final KafkaTemplate<String, CorporateAction> actions;
    private final KafkaTemplate<String, CurrentPrice> currentPrices;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int rejectRecordLimit;

    IngestPublisher(
            KafkaTemplate<String, PriceTick> ticks,
            KafkaTemplate<String, IngestRejected> rejects,
            KafkaTemplate<String, CorporateAction> actions,
            KafkaTemplate<String, CurrentPrice> currentPrices,
            MeterRegistry meters,
            Clock clock) {
        this.ticks = ticks;
        this.rejects = rejects;
        this.actions = actions;
        this.currentPrices = currentPrices;
        this.meters = meters;
        this.clock = clock;
        this.rejectRecordLimit = recordLimit(rejects);
    }

    /**
     * The largest record the reject topic takes: the producer's {@code max.request.size}, at most
     * the broker's default {@code message.max.bytes} (1 MiB) that the topic is created with.
     */
    private static int recordLimit(KafkaTemplate<?, ?> template) {
        Object configured =
                template.getProducerFactory().getConfigurationProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int producerLimit = configured == null ? BROKER_RECORD_LIMIT : Integer.parseInt(configured.toString());
        return Math.min(producerLimit, BROKER_RECORD_LIMIT);
    }

    private static final int BROKER_RECORD_LIMIT = 1024 * 1024;

    /** Room in a record for what is not the value: the batch and record headers, tracing headers. */
    private static final int RECORD_OVERHEAD = 8 * 1024;

    private static void flush(KafkaTemplate<?, ?> template, boolean sentTo) {
        if (sentTo) {
            template.flush();
        }
    }

    /** Reads {@code payload} with {@code source} and publishes what it yielded. */
    public IngestSummary ingest(MarketSource source, SourcePayload payload) {
        return publish(source.name(), payload.origin(), source.parse(payload));
    }

    public IngestSummary publish(String source, String origin, SourceBatch result) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (PriceTick tick : result.ticks()) {
            sends.add(ticks.send(Topics.PRICE_TICKS.name(), tick.symbol(), tick));
        }
        for (CorporateAction action : result.actions()) {
            sends.add(actions.send(Topics.CORPORATE_ACTIONS.name(), action.symbol(), action));
        }
        for (CurrentPrice price : result.currentPrices()) {
            sends.add(currentPrices.send(Topics.CURRENT_PRICES.name(), price.key(), price));
        }
        sends.addAll(sendRejections(source, origin, result.rejections()));
        // The caller waits for every acknowledgement anyway: send what is batched now instead of after linger.ms,
        // which each publish of a recorded file otherwise waited out (./ollass bench ingest).
        flush(ticks, !result.ticks().isEmpty());
        flush(actions, !result.actions().isEmpty());
        flush(currentPrices, !result.currentPrices().isEmpty());
        flush(rejects, !result.rejections().isEmpty());
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        meters.counter("ollass.ingest.ticks", "source", source)
                .increment(result.ticks().size());
        meters.counter("ollass.ingest.corporate-actions", "source", source)
                .increment(result.actions().size());
        meters.counter("ollass.ingest.current-prices", "source", source)
                .increment(result.currentPrices().size());
        log.info(
                "Published {} ticks, {} corporate actions, {} current prices and {} rejects from {}",
                result.ticks().size(),
                result.actions().size(),
                result.currentPrices().size(),
                result.rejections().size(),
                origin);
        return new IngestSummary(
                origin,
                result.ticks().size(),
                result.rejections().size(),
                result.actions().size(),
                result.currentPrices().size());
    }

    /**
     * Publishes rejections that are not a chart's, such as a stock list's unusable rows: keyed by
     * {@code origin}, each within the record limit, counted and logged as a chart's are.
     */
    public void publishRejections(String source, String origin, List<SourceBatch.Rejection> rejections) {
        List<CompletableFuture<?>> sends = sendRejections(source, origin, rejections);
        flush(rejects, !sends.isEmpty());
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    }

    private List<CompletableFuture<?>> sendRejections(
            String source, String origin, List<SourceBatch.Rejection> rejections) {
        int rejectValueLimit = rejectRecordLimit - RECORD_OVERHEAD - origin.getBytes(StandardCharsets.UTF_8).length;
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (SourceBatch.Rejection rejection : rejections) {
            IngestRejected event = RejectWithinLimit.of(
                    source,
                    origin,
                    rejection.reasonCode(),
                    rejection.reason(),
                    rejection.rawPayload(),
                    clock.instant(),
                    rejectValueLimit);
            sends.add(rejects.send(Topics.INGEST_REJECTS.name(), origin, event));
            meters.counter("ollass.ingest.rejects", "source", source, "reason", rejection.reasonCode())
                    .increment();
            log.warn("Rejected input from {} ({}): {}", origin, rejection.reasonCode(), rejection.reason());
        }
        return sends;
    }
}
