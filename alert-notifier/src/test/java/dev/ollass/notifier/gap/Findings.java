package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.Status;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import dev.ollass.contracts.market.SuspectReason;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.junit.LocalStackExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Findings as the completeness audit publishes them, and the means to publish them. */
final class Findings {

    static final LocalDate DAY = LocalDate.of(2021, 4, 16);
    static final Instant DETECTED = Instant.parse("2021-04-16T14:00:00Z");

    private Findings() {}

    /** Missing stocks of a market, the digest standing for their content. */
    static MarketDataGap missing(String market, String digest, String... symbols) {
        return new MarketDataGap(
                Status.MISSING, market, DAY, List.of(symbols), List.of(), List.of(), List.of(), digest, DETECTED);
    }

    /** Everything a finding can name. */
    static MarketDataGap missingEverything(String market, String digest) {
        return new MarketDataGap(
                Status.MISSING,
                market,
                DAY,
                List.of("000660", "005930"),
                List.of("USDKRW"),
                List.of("KS11"),
                List.of(new SuspectPoint(
                        "035720", InstrumentKind.STOCK, DAY, List.of(SuspectReason.CLOSE_OUTSIDE_RANGE))),
                digest,
                DETECTED);
    }

    static MarketDataGap resolved(String market, String digest) {
        return new MarketDataGap(
                Status.RESOLVED,
                market,
                DAY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                digest,
                DETECTED.plusSeconds(3600));
    }

    /** Publishes findings in order, keyed as the audit keys them; each waits for the broker's acknowledgement. */
    static void publish(MarketDataGap... gaps) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(
                config,
                Topics.MARKET_DATA_GAPS.keySerde().serializer(),
                Topics.MARKET_DATA_GAPS.valueSerde().serializer())) {
            for (MarketDataGap gap : gaps) {
                producer.send(new ProducerRecord<>(Topics.MARKET_DATA_GAPS.name(), gap.key(), gap))
                        .get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + List.of(gaps), e);
        }
    }

    /** Forgets what earlier test classes left in Redis: sent marks, waiting alerts, a lease, an outage. */
    static void forgetEverything(StringRedisTemplate redis) {
        var keys = redis.keys(AlertQueue.PREFIX + "*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    /** Whether nothing waits to be sent and no instance is sending. */
    static boolean allSettled(StringRedisTemplate redis) {
        return Boolean.FALSE.equals(redis.hasKey(AlertQueue.ARRIVALS))
                && Boolean.FALSE.equals(redis.hasKey(AlertQueue.LEASE));
    }
}
