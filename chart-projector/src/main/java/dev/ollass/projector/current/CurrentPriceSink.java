package dev.ollass.projector.current;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.sink.ProjectionFreshness;
import dev.ollass.projector.sink.SinkFailures;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Copies the current-prices topic into Redis, batch by batch. An outage (Redis down) retries until it
 * is over, so a record is never acknowledged unwritten; a record that cannot be written goes to
 * {@code market.current-prices.v1.dlt} ({@link CurrentPriceSinkConfig}).
 */
@Component
class CurrentPriceSink {

    private static final Logger log = LoggerFactory.getLogger(CurrentPriceSink.class);

    private final CurrentPriceCache cache;
    private final ProjectionFreshness freshness;

    CurrentPriceSink(CurrentPriceCache cache, ProjectionFreshness freshness) {
        this.cache = cache;
        this.freshness = freshness;
    }

    @KafkaListener(
            id = "current-price-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).CURRENT_PRICES.name()}",
            containerFactory = CurrentPriceSinkConfig.CURRENT_PRICES)
    void sinkCurrentPrices(List<ConsumerRecord<String, CurrentPrice>> records) {
        SinkFailures.writeEach(records, cache::putUnlessOlder);
        freshness.visible("redis", records, freshness.now());
        ConsumerRecord<?, ?> last = records.getLast();
        log.info(
                "Applied {} current prices from {}, none older than Redis's (last: partition {} offset {})",
                records.size(),
                Topics.CURRENT_PRICES.name(),
                last.partition(),
                last.offset());
    }
}
