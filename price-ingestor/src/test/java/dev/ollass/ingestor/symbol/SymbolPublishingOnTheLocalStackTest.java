package dev.ollass.ingestor.symbol;

import static dev.ollass.ingestor.LocalTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ingestor on a real broker: at start it publishes the universe once, keyed by code, and the
 * row without a code as a reject through the one reject path (within the record limit, with its
 * size and digest); it reads the topic back, so that publishing again (a restart) sends nothing and
 * a changed entry is sent alone. The methods run in order: the first sees the state at start.
 */
@UsesLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SymbolPublishingOnTheLocalStackTest {

    private static final String CANADA = "canada_stock_list.csv";
    // The row as CSV writes it again: RFC 4180 quotes an empty first field.
    private static final String ROW_WITHOUT_A_CODE = "\"\",캐나다 내셔널 은행,National Bank of Canada,Canada,GSPTSE";

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

    @Autowired
    KafkaTemplate<String, ListedStock> symbols;

    @Autowired
    MeterRegistry meters;

    @Test
    @Order(1)
    void publishesEveryStockKeyedByCodeAndTheRowWithoutACodeAsOneRejectWithItsSizeAndDigest() throws Exception {
        // Published once the context was ready, acknowledged before the event listener returned.
        assertThat(readAll(Topics.SYMBOLS)).hasSize(1_095);
        Optional<Map<String, ListedStock>> topic = published.read();
        assertThat(topic).hasValueSatisfying(byCode -> {
            assertThat(byCode).hasSize(1_095);
            assertThat(byCode.get("005930").yahooTicker()).isEqualTo("005930.KS");
            assertThat(byCode.get("BRK.B").yahooTicker()).isEqualTo("BRK-B");
            assertThat(byCode.get("AAPL").country()).isEqualTo("USA");
        });

        List<IngestRejected> rejects = stockListRejects();
        assertThat(rejects).singleElement().satisfies(reject -> {
            assertThat(reject.origin()).isEqualTo(CANADA);
            assertThat(reject.reasonCode()).isEqualTo("MISSING_VALUE");
            assertThat(reject.reason()).isEqualTo("line 23: Symbol is empty.");
            assertThat(reject.rawPayload()).isEqualTo(ROW_WITHOUT_A_CODE);
            assertThat(reject.rawPayloadTruncated()).isFalse();
            assertThat(reject.rawPayloadBytes()).isEqualTo((long) utf8(ROW_WITHOUT_A_CODE).length);
            assertThat(reject.rawPayloadSha256()).isEqualTo(sha256(ROW_WITHOUT_A_CODE));
        });
    }

    @Test
    @Order(2)
    void sendsNothingAgainWhenTheTopicHoldsTheSameUniverse() {
        int symbolRecords = readAll(Topics.SYMBOLS).size();
        int rejects = stockListRejects().size();

        assertThat(publisher.publish()).isZero();

        assertThat(readAll(Topics.SYMBOLS)).hasSize(symbolRecords);
        assertThat(stockListRejects()).hasSize(rejects);
    }

    @Test
    @Order(3)
    void sendsOnlyTheEntryTheTopicHoldsOtherwiseAndCountsTheListsRejectsAgain() {
        ListedStock apple = published.read().orElseThrow().get("AAPL");
        symbols.send(
                        Topics.SYMBOLS.name(),
                        "AAPL",
                        new ListedStock("AAPL", "애플", "Apple", "Australia", "AXJO", "AAPL.AX", "x", Instant.now()))
                .join();
        int rejects = stockListRejects().size();
        double counted = rejectCounter();

        assertThat(publisher.publish()).isEqualTo(1);

        ListedStock republished = published.read().orElseThrow().get("AAPL");
        assertThat(republished.yahooTicker()).isEqualTo(apple.yahooTicker());
        assertThat(republished.country()).isEqualTo("USA");
        // A changed universe sends its lists' rejects again, through the same counted path.
        assertThat(stockListRejects()).hasSize(rejects + 1);
        assertThat(rejectCounter()).isEqualTo(counted + 1);
    }

    private double rejectCounter() {
        return meters.counter("ollass.ingest.rejects", "source", "stock-list", "reason", "MISSING_VALUE")
                .count();
    }

    private static List<IngestRejected> stockListRejects() {
        return readAll(Topics.INGEST_REJECTS).stream()
                .map(ConsumerRecord::value)
                .filter(reject -> SymbolUniversePublisher.SOURCE.equals(reject.source()))
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8(text)));
    }
}
