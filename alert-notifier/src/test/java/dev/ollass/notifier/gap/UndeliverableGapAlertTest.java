package dev.ollass.notifier.gap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.Ports;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** When the SMTP server cannot be reached, an alert is retried, then kept on the dead-letter topic. */
// Closed after the class: two notifier contexts alive at once would share the consumer group and steal
// each other's events.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ollass.notifier.send-attempts=2", "ollass.notifier.retry-interval=200ms"})
class UndeliverableGapAlertTest {

    @DynamicPropertySource
    static void useTheLocalStackButNoMailServer(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.mail.port", () -> Ports.freePorts(1).getFirst());
    }

    @Autowired
    StringRedisTemplate redis;

    @Test
    void keepsTheAlertOnTheDeadLetterTopicAndReleasesItsClaimSoItCanBeSentLater() throws Exception {
        PriceDataMissing gap =
                new PriceDataMissing("035720", LocalDate.of(2021, 4, 16), null, Instant.parse("2021-04-16T14:00:00Z"));

        GapAlertsOnTheLocalStackTest.publish(gap);

        ConsumerRecord<String, byte[]> deadLetter = readDeadLetter(gap.key());
        PriceDataMissing kept =
                Topics.DATA_GAPS.valueSerde().deserializer().deserialize(Topics.DATA_GAPS.name(), deadLetter.value());
        assertThat(kept).isEqualTo(gap);
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message"))
                .isNotNull();
        assertThat(redis.hasKey(GapAlertListener.SENT_PREFIX + gap.key())).isFalse();
        assertThat(GapAlertsOnTheLocalStackTest.mailsAbout("035720")).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> readDeadLetter(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(
                config,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DATA_GAPS_DEAD_LETTERS.name()));
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No dead letter for " + key);
    }
}
