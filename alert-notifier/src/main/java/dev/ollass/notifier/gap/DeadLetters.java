package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Puts findings the notifier could not e-mail on {@code market.data-gaps.v2.dlt}, as they were, with the reason
 * in the headers Spring Kafka's own dead-letter records use ({@code kafka_dlt-exception-message}, {@code
 * kafka_dlt-exception-fqcn}, {@code kafka_dlt-original-topic}) and the notifier's: {@code ollass_dlt-attempts},
 * {@code ollass_dlt-first-failure}.
 */
@Component
class DeadLetters {

    static final String ATTEMPTS = "ollass_dlt-attempts";
    static final String FIRST_FAILURE = "ollass_dlt-first-failure";

    private final KafkaTemplate<String, MarketDataGap> template;

    DeadLetters(TopicClients kafka) {
        this.template = kafka.template(Topics.MARKET_DATA_GAPS_DEAD_LETTERS);
    }

    /** Returns once the broker acknowledged every one. */
    void publish(List<MarketDataGap> gaps, Exception reason, int attempts, Instant firstFailure) {
        var sends = gaps.stream()
                .map(gap -> template.send(new ProducerRecord<>(
                        Topics.MARKET_DATA_GAPS_DEAD_LETTERS.name(),
                        null,
                        gap.key(),
                        gap,
                        headers(reason, attempts, firstFailure))))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(sends).join();
    }

    private static RecordHeaders headers(Exception reason, int attempts, Instant firstFailure) {
        var headers = new RecordHeaders();
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bytes(String.valueOf(reason.getMessage())));
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, bytes(reason.getClass().getName()));
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes(Topics.MARKET_DATA_GAPS.name()));
        headers.add(ATTEMPTS, bytes(Integer.toString(attempts)));
        headers.add(FIRST_FAILURE, bytes(firstFailure.toString()));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
