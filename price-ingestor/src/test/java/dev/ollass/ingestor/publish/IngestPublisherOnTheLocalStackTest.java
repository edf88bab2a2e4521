package dev.ollass.ingestor.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.recorded.RecordedChartImporter;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the ingestor publishes, read back from a real broker with the registry's serdes. */
@UsesLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IngestPublisherOnTheLocalStackTest {

    @Autowired
    RecordedChartImporter importer;

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void publishesARejectedUploadOfTwoMegabytesCutToOneRecordWithItsSizeAndDigest() throws Exception {
        String origin = "huge-" + UUID.randomUUID() + ".html";
        String body = "<html>" + "점검 중입니다 \"maintenance\"\n".repeat(70_000) + "</html>";
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1024 * 1024);

        IngestSummary summary = importer.importChart(origin, body);

        assertThat(summary.rejects()).isEqualTo(1);
        IngestRejected reject = read(
                        Topics.INGEST_REJECTS.name(),
                        Topics.INGEST_REJECTS.valueSerde().deserializer()::deserialize,
                        r -> origin.equals(r.origin()))
                .getFirst();
        assertThat(reject.reasonCode()).isEqualTo("MALFORMED_JSON");
        assertThat(reject.rawPayloadTruncated()).isTrue();
        assertThat(body).startsWith(reject.rawPayload());
        assertThat(reject.rawPayload().length()).isGreaterThan(100_000);
        assertThat(reject.rawPayloadBytes()).isEqualTo((long) body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(reject.rawPayloadSha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void publishesTheSplitAndTheDividendKeyedBySymbol() throws IOException {
        String body;
        try (InputStream in = getClass()
                .getResourceAsStream("/yahoo/chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Instant before = Instant.now();

        IngestSummary summary = importer.importChart("aapl-" + UUID.randomUUID(), body);

        assertThat(summary.actions()).isEqualTo(2);
        assertThat(read(
                        Topics.CORPORATE_ACTIONS.name(),
                        Topics.CORPORATE_ACTIONS.valueSerde().deserializer()::deserialize,
                        a -> !a.observedAt().isBefore(before)))
                .extracting(CorporateAction::key)
                .containsExactlyInAnyOrder("AAPL|DIVIDEND|2020-11-06", "AAPL|SPLIT|2020-08-31");
    }

    interface Reader<T> {
        T read(String topic, byte[] value);
    }

    private static <T> List<T> read(String topic, Reader<T> reader, Predicate<T> wanted) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                4 * 1024 * 1024);
        List<T> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                config, new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    T value = reader.read(topic, record.value());
                    if (wanted.test(value)) {
                        found.add(value);
                    }
                }
                if (!found.isEmpty()
                        && consumer.assignment().stream()
                                .allMatch(p -> consumer.position(p)
                                        >= consumer.endOffsets(List.of(p)).get(p))) {
                    return found;
                }
            }
        }
        return found;
    }
}
