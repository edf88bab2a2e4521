package dev.ollass.projector.bar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The topology on a real broker, exactly once as in production: a tick it cannot read is committed to
 * the dead-letter topic as received (the test driver cannot show this: it drops dead letters written
 * inside a transaction).
 */
// Its own Streams application and no sinks, closed after the class, so that it shares no consumer group
// with the other projector tests.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.kafka.streams.application-id=dead-letter-test",
            "spring.kafka.listener.auto-startup=false",
            "ollass.projector.commit-interval=100ms",
            "ollass.projector.audit.scheduled=false"
        })
class DeadLettersOnTheLocalStackTest {

    @TempDir
    static Path stateDir;

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market_dead_letter_test"));
        registry.add("spring.kafka.streams.state-dir", stateDir::toString);
    }

    @Test
    void commitsATickItCannotReadToTheDeadLetterTopicAsReceived() throws Exception {
        String unreadable = "{not json " + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.PRICE_TICKS.name(), "AAPL", unreadable.getBytes(StandardCharsets.UTF_8)))
                    .get();
        }

        assertThat(committedDeadLetters(Duration.ofSeconds(60), unreadable))
                .singleElement()
                .satisfies(record -> assertThat(record.key()).isEqualTo("AAPL"));
    }

    /** The dead letters whose value is {@code value}, as a read-committed consumer sees them. */
    private static List<ConsumerRecord<String, byte[]>> committedDeadLetters(Duration patience, String value) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PRICE_TICK_DEAD_LETTERS.name()));
            Instant deadline = Instant.now().plus(patience);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (value.equals(new String(record.value(), StandardCharsets.UTF_8))) {
                        return List.of(record);
                    }
                }
            }
        }
        return List.of();
    }

    private static String bootstrapServers() {
        return LocalStackExtension.stack().kafkaBootstrapServers();
    }
}
