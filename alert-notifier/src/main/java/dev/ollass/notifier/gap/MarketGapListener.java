package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.MarketDataGap;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Queues each market data-gap finding to be e-mailed. The offset is committed only after the finding is in Redis,
 * so a finding is never lost between Kafka and the queue; a finding already handled or already waiting is not
 * queued again. The consumer group is the listener's id, {@code market-gap-alerts}.
 */
@Component
class MarketGapListener {

    private static final Logger log = LoggerFactory.getLogger(MarketGapListener.class);

    private final AlertQueue queue;

    MarketGapListener(AlertQueue queue) {
        this.queue = queue;
    }

    @KafkaListener(
            id = "market-gap-alerts",
            topics = "#{T(dev.ollass.contracts.topic.Topics).MARKET_DATA_GAPS.name()}",
            containerFactory = MarketGapConfig.FACTORY)
    void onGap(ConsumerRecord<String, @Nullable MarketDataGap> record) {
        MarketDataGap gap = record.value();
        if (gap == null) {
            throw new IllegalArgumentException("A record without a finding (key " + record.key() + ")");
        }
        var queued = queue.enqueue(gap, Instant.now());
        log.info(
                "{} {} (partition {} offset {}): {}",
                gap.status(),
                gap.notificationKey(),
                record.partition(),
                record.offset(),
                queued);
    }
}
