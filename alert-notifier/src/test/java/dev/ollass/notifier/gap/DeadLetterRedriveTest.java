package dev.ollass.notifier.gap;

import static dev.ollass.notifier.gap.Findings.missing;
import static dev.ollass.notifier.gap.Findings.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An alert the mail server refuses for all its tries goes to the dead-letter topic with the reason; once the server
 * is back, the operator's re-drive sends it, once, and says what it re-sent.
 */
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ollass.notifier.digest-window=0s",
            "ollass.notifier.flush-interval=50ms",
            "ollass.notifier.send-attempts=3",
            "ollass.notifier.retry-initial-interval=100ms",
            "ollass.operator.token=operator-token-for-tests"
        })
class DeadLetterRedriveTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestMailServer smtp = TestMailServer.started();

    @DynamicPropertySource
    static void useTheLocalStackAndThisTestsMailServer(DynamicPropertyRegistry registry) {
        smtp.serveTheNotifier(registry);
    }

    @Autowired
    StringRedisTemplate redis;

    @LocalServerPort
    int port;

    @Test
    void keepsAnUndeliverableAlertOnTheDeadLetterTopicAndSendsItOnceWhenTheOperatorRedrivesIt() throws Exception {
        Findings.forgetEverything(redis);
        redrive(); // whatever earlier classes dead-lettered is not this test's
        smtp.stop();
        MarketDataGap gap = missing("DL", "d1", "AAPL");

        publish(gap);

        ConsumerRecord<String, byte[]> deadLetter = readDeadLetter(gap.key());
        assertThat(Topics.MARKET_DATA_GAPS_DEAD_LETTERS
                        .valueSerde()
                        .deserializer()
                        .deserialize("t", deadLetter.value()))
                .isEqualTo(gap);
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn"))
                .isEqualTo("org.springframework.mail.MailSendException");
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("Connection refused");
        assertThat(header(deadLetter, DeadLetters.ATTEMPTS)).isEqualTo("3");
        // The flusher publishes to the dead-letter topic before it takes the alert off its queue and lets go of the
        // lease (a crash in between re-sends rather than loses), so the queue empties a moment after the record shows.
        await().atMost(PATIENCE).alias("nothing waits any more").until(() -> Findings.allSettled(redis));

        smtp.start();
        HttpResponse<String> answer = redrive();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"read\":1", "\"requeued\":[\"" + gap.notificationKey() + "\"]", "\"already_sent\":[]");
        await().atMost(PATIENCE)
                .until(() -> smtp.withSubjectContaining(": DL 2021-04-16").size() == 1);
        assertThat(redrive().body()).as("a second re-drive").contains("\"read\":0", "\"requeued\":[]");
        await().atMost(PATIENCE).until(() -> Findings.allSettled(redis));
        assertThat(smtp.withSubjectContaining(": DL 2021-04-16")).hasSize(1);
    }

    @Test
    void refusesARedriveWithoutTheOperatorCredential() throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dead-letters/redrive"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> redrive() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dead-letters/redrive"))
                                .header("Authorization", "Bearer operator-token-for-tests")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, byte[]> readDeadLetter(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.MARKET_DATA_GAPS_DEAD_LETTERS.name()));
            List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            return await().atMost(PATIENCE)
                    .pollInSameThread()
                    .until(
                            () -> {
                                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                                return read.stream()
                                        .filter(record -> key.equals(record.key()))
                                        .toList();
                            },
                            found -> !found.isEmpty())
                    .getFirst();
        }
    }
}
