package dev.ollass.notifier.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the SMTP server refuses an alert, it is retried, then kept on the dead-letter topic with its
 * claim released, so that the next run for the same gap e-mails it once the server accepts mail.
 * The notifier talks to an SMTP server of this test's own (the real broker and Redis are the local
 * stack's), which answers {@code 451} to every message until it is told to accept them.
 */
// Closed after the class: two notifier contexts alive at once would share the consumer group and steal
// each other's events.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ollass.notifier.send-attempts=2", "ollass.notifier.retry-interval=200ms"})
class UndeliverableGapAlertTest {

    private static final AtomicBoolean refusing = new AtomicBoolean(true);
    private static final AtomicInteger refused = new AtomicInteger();
    private static final GreenMail smtp = startSmtpServer();

    @DynamicPropertySource
    static void useTheLocalStackWithThisTestsMailServer(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Autowired
    StringRedisTemplate redis;

    @Test
    void keepsARefusedAlertOnTheDeadLetterTopicAndSendsItOnTheNextRunOnceTheServerAccepts() throws Exception {
        PriceDataMissing gap =
                new PriceDataMissing("035720", LocalDate.of(2021, 4, 16), null, Instant.parse("2021-04-16T14:00:00Z"));

        GapAlertsOnTheLocalStackTest.publish(gap);

        ConsumerRecord<String, byte[]> deadLetter = readDeadLetter(gap.key());
        PriceDataMissing kept =
                Topics.DATA_GAPS.valueSerde().deserializer().deserialize(Topics.DATA_GAPS.name(), deadLetter.value());
        assertThat(kept).isEqualTo(gap);
        assertThat(header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo("org.springframework.mail.MailSendException");
        assertThat(refused).as("deliveries the server refused").hasValue(2);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(redis.hasKey(GapAlertListener.SENT_PREFIX + gap.key())).isFalse();

        refusing.set(false);
        GapAlertsOnTheLocalStackTest.publish(gap); // the next audit run finds the same gap

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length > 0);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Stock Daily 미수집");
        assertThat(GreenMailUtil.getBody(mail)).contains("035720");
    }

    /** GreenMail on a free port; its delivery step fails while {@link #refusing}, which it answers with 451. */
    private static GreenMail startSmtpServer() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        var users = server.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            if (refusing.get()) {
                refused.incrementAndGet();
                throw new MessagingException("mailbox of " + recipient + " temporarily unavailable");
            }
            return delivery.handle(message, recipient);
        });
        return server;
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
            consumer.subscribe(List.of(Topics.DATA_GAPS_DEAD_LETTERS.name()));
            List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            return await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .until(
                            () -> {
                                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                                return read.stream()
                                        .filter(record -> key.equals(record.key()))
                                        .findFirst();
                            },
                            Optional::isPresent)
                    .orElseThrow();
        }
    }
}
