package dev.ollass.ingestor.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ingestor on a real broker: at start it publishes the universe once, keyed by code, and reads
 * the topic back so that publishing again (a restart) sends nothing.
 */
@UsesLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SymbolPublishingOnTheLocalStackTest {

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ollass.ingestor.publish-symbols-on-start", () -> "true");
    }

    @Autowired
    SymbolUniversePublisher publisher;

    @Autowired
    PublishedSymbols published;

    @Test
    void publishesTheUniverseOnceAtStartAndNothingAgainWhenUnchanged() throws Exception {
        // Published once the context was ready, acknowledged before the event listener returned.
        assertThat(recordsIn(Topics.SYMBOLS.name())).isEqualTo(1_095);
        Optional<Map<String, ListedStock>> topic = published.read();
        assertThat(topic).hasValueSatisfying(byCode -> {
            assertThat(byCode).hasSize(1_095);
            assertThat(byCode.get("005930").yahooTicker()).isEqualTo("005930.KS");
            assertThat(byCode.get("AAPL").country()).isEqualTo("USA");
        });

        assertThat(publisher.publish()).isZero();
        assertThat(recordsIn(Topics.SYMBOLS.name())).isEqualTo(1_095);
    }

    private static long recordsIn(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers()))) {
            List<TopicPartition> partitions =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        }
    }
}
