package dev.ollass.projector.sink;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.topic.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Copies the compacted projection topics into MySQL, the latest prices, index levels and exchange
 * rates also into Redis (by a sink of their own, which does not wait for MySQL), and the corporate
 * actions into MySQL. After each MySQL batch the {@link MarketVersion} is bumped, so the API's kept answers
 * computed from the rows before it are no longer served. Batches are upserted; an outage
 * (database or Redis down) retries until it is over, so a record is never acknowledged unwritten, and
 * a record that cannot be written goes to its dead-letter topic ({@link SinkListenerConfig}).
 */
@Component
class ProjectionSinks {

    private static final Logger log = LoggerFactory.getLogger(ProjectionSinks.class);
    private static final String MYSQL = "mysql";
    private static final String REDIS = "redis";

    private final MarketTables tables;
    private final MarketVersion version;
    private final MarketCache cache;
    private final ProjectionFreshness freshness;

    ProjectionSinks(MarketTables tables, MarketVersion version, MarketCache cache, ProjectionFreshness freshness) {
        this.tables = tables;
        this.version = version;
        this.cache = cache;
        this.freshness = freshness;
    }

    @KafkaListener(
            id = "daily-bar-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).DAILY_BARS.name()}",
            containerFactory = SinkListenerConfig.DAILY_BARS)
    void sinkDailyBars(List<ConsumerRecord<String, DailyBar>> records) {
        version.afterWriting(() -> SinkFailures.writeNewestPerKey(records, tables::upsertDailyBars));
        freshness.visible(MYSQL, records, freshness.now());
        logBatch(Topics.DAILY_BARS.name(), records);
    }

    /** The latest prices into MySQL; Redis has a sink of its own, so that neither waits for the other. */
    @KafkaListener(
            id = "latest-price-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).LATEST_PRICES.name()}",
            containerFactory = SinkListenerConfig.LATEST_PRICES)
    void sinkLatestPrices(List<ConsumerRecord<String, LatestPrice>> records) {
        version.afterWriting(() -> SinkFailures.writeNewestPerKey(records, tables::upsertLatestPrices));
        freshness.visible(MYSQL, records, freshness.now());
        logBatch(Topics.LATEST_PRICES.name(), records);
    }

    /**
     * The latest prices into Redis, in a consumer group of its own ({@code latest-price-cache-sink}): the
     * fast path the API reads, which keeps up while MySQL is down or slow (and MySQL while Redis is).
     */
    @KafkaListener(
            id = "latest-price-cache-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).LATEST_PRICES.name()}",
            containerFactory = SinkListenerConfig.LATEST_PRICES)
    void cacheLatestPrices(List<ConsumerRecord<String, LatestPrice>> records) {
        SinkFailures.writeNewestPerKey(records, cache::putLatestPrices);
        freshness.visible(REDIS, records, freshness.now());
        logBatch(Topics.LATEST_PRICES.name(), records);
    }

    @KafkaListener(
            id = "corporate-action-sink",
            topics = "#{T(dev.ollass.contracts.topic.Topics).CORPORATE_ACTIONS.name()}",
            containerFactory = SinkListenerConfig.CORPORATE_ACTIONS)
    void sinkCorporateActions(List<ConsumerRecord<String, CorporateAction>> records) {
        version.afterWriting(() -> SinkFailures.writeEach(records, tables::upsertCorporateActions));
        freshness.visible(MYSQL, records, freshness.now());
        logBatch(Topics.CORPORATE_ACTIONS.name(), records);
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
