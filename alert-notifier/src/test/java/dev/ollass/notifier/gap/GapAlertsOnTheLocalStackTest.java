package dev.ollass.notifier.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.ReceivedMail;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Missing-data events through the real broker, Redis and SMTP server. */
// Closed after the class: two notifier contexts alive at once would share the consumer group and steal
// each other's events.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GapAlertsOnTheLocalStackTest {

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void emailsTheOperatorOnceForAGapEvenWhenTheEventArrivesTwice() throws Exception {
        PriceDataMissing gap = new PriceDataMissing(
                "005930", LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 15), Instant.parse("2021-04-16T14:00:00Z"));
        PriceDataMissing laterGap = new PriceDataMissing(
                "000660", LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 15), Instant.parse("2021-04-16T14:00:00Z"));

        int partition = publish(gap);
        publish(gap, partition); // a replay, or a second audit run
        publish(laterGap, partition);

        // One partition is handled in order, and a mail is in the inbox before its send returns: once the
        // later gap's mail is there, the duplicate has been handled, and its mail, had it been sent, is there.
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsAbout("000660").isEmpty());
        assertThat(mailsAbout("005930")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Stock Daily 미수집");
            assertThat(mail.to()).containsExactly("operator@ollass.local");
            assertThat(mail.body()).startsWith("2021-04-16 날짜에 005930가 수집되지 않았습니다.");
        });
    }

    static List<ReceivedMail> mailsAbout(String symbol) {
        return LocalStackExtension.stack().receivedMails().stream()
                .filter(mail -> mail.body().contains(" " + symbol + "가 "))
                .toList();
    }

    /** Publishes a gap as the audit does, keyed by symbol and date; answers the partition it went to. */
    static int publish(PriceDataMissing gap) throws Exception {
        return publish(gap, null);
    }

    static int publish(PriceDataMissing gap, @Nullable Integer partition) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(
                config,
                Topics.DATA_GAPS.keySerde().serializer(),
                Topics.DATA_GAPS.valueSerde().serializer())) {
            return producer.send(new ProducerRecord<>(Topics.DATA_GAPS.name(), partition, gap.key(), gap))
                    .get()
                    .partition();
        }
    }
}
