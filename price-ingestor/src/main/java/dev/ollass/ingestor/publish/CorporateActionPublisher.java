package dev.ollass.ingestor.publish;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes dividends and splits keyed by symbol, and the rows that could not become one as rejects
 * (through {@link IngestPublisher}, so that they are counted the same way). Waits for the broker's
 * acknowledgement of the whole batch, not of each record.
 */
@Component
public class CorporateActionPublisher {

    private static final Logger log = LoggerFactory.getLogger(CorporateActionPublisher.class);

    private final KafkaTemplate<String, CorporateAction> actions;
    private final IngestPublisher rejects;
    private final MeterRegistry meters;

    CorporateActionPublisher(
            KafkaTemplate<String, CorporateAction> actions, IngestPublisher rejects, MeterRegistry meters) {
        this.actions = actions;
        this.rejects = rejects;
        this.meters = meters;
    }

    public IngestSummary publish(
            String source, String origin, List<CorporateAction> published, List<Rejection> rejected) {
        CompletableFuture<?>[] sends = published.stream()
                .map(action -> actions.send(Topics.CORPORATE_ACTIONS.name(), action.symbol(), action))
                .toArray(CompletableFuture[]::new);
        rejects.publish(source, origin, new ChartParseResult(List.of(), rejected));
        CompletableFuture.allOf(sends).join();
        meters.counter("ollass.ingest.corporate-actions", "source", source).increment(published.size());
        log.info(
                "Published {} corporate actions from {} to {}",
                published.size(),
                origin,
                Topics.CORPORATE_ACTIONS.name());
        return new IngestSummary(origin, published.size(), rejected.size());
    }
}
