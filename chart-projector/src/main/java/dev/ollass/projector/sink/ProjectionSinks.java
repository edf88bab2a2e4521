package dev.ollass.projector.sink;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.topic.Topics;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Copies the compacted projection topics into MySQL, and the latest prices also into Redis. Batches are upserted; a failure
 * (database or Redis down) retries the whole batch, so a record is never acknowledged unwritten.
 */
@Component
class ProjectionSinks {

    private static final Logger log = LoggerFactory.getLogger(ProjectionSinks.class);

    private final MarketTables tables;
    private final MarketCache cache;

    ProjectionSinks(MarketTables tables, MarketCache cache) {
        this.tables = tables;
        this.cache = cache;
    }

    @KafkaListener(
            id = "daily-bar-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).DAILY_BARS.name()}",
            containerFactory = SinkListenerConfig.DAILY_BARS)
    void sinkDailyBars(List<ConsumerRecord<String, DailyBar>> records) {
        List<DailyBar> bars = values(records);
        tables.upsertDailyBars(bars);
        logBatch(Topics.DAILY_BARS.name(), records);
    }

    @KafkaListener(
            id = "latest-price-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).LATEST_PRICES.name()}",
            containerFactory = SinkListenerConfig.LATEST_PRICES)
    void sinkLatestPrices(List<ConsumerRecord<String, LatestPrice>> records) {
        List<LatestPrice> prices = values(records);
        tables.upsertLatestPrices(prices);
        cache.putLatestPrices(prices);
        logBatch(Topics.LATEST_PRICES.name(), records);
    }

    /** Tombstones (null values) are compaction markers, not projections: nothing to write. */
    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream()
                .map(ConsumerRecord::value)
                .filter(Objects::nonNull)
                .toList();
    }

    private static void logBatch(String topic, List<? extends ConsumerRecord<?, ?>> records) {
        ConsumerRecord<?, ?> last = records.getLast();
        log.info(
                "Upserted {} records from {} (last: partition {} offset {})",
                records.size(),
                topic,
                last.partition(),
                last.offset());
    }
}
