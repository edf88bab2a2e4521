package dev.ollass.ingestor.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.IngestorSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaTemplate;

/** The shipped lists are published once: a restart sends only what the topic does not hold already. */
class SymbolUniversePublisherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, ListedStock> symbols = mock(KafkaTemplate.class);

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, IngestRejected> rejects = mock(KafkaTemplate.class);

    private final PublishedSymbols published = mock(PublishedSymbols.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, ListedStock> topic = new HashMap<>();

    private SymbolUniversePublisher publisher;

    @BeforeEach
    void aTopicThatKeepsTheNewestEntryPerCode() {
        given(symbols.send(eq(Topics.SYMBOLS.name()), anyString(), any())).willAnswer(call -> {
            topic.put(call.getArgument(1), call.getArgument(2));
            return CompletableFuture.completedFuture(null);
        });
        given(rejects.send(eq(Topics.INGEST_REJECTS.name()), anyString(), any()))
                .willReturn(CompletableFuture.completedFuture(null));
        given(published.read()).willAnswer(call -> Optional.of(Map.copyOf(topic)));
        publisher = new SymbolUniversePublisher(
                symbols,
                rejects,
                published,
                new IngestorSettings(false, null, null, true),
                meters,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void publishesEveryStockKeyedByCodeAndTheRowWithoutACodeAsAReject() {
        assertThat(publisher.publish()).isEqualTo(1_095);

        assertThat(topic).hasSize(1_095);
        assertThat(topic.get("BRK.B").yahooTicker()).isEqualTo("BRK-B");
        ArgumentCaptor<IngestRejected> reject = ArgumentCaptor.forClass(IngestRejected.class);
        verify(rejects).send(eq(Topics.INGEST_REJECTS.name()), eq("canada_stock_list.csv"), reject.capture());
        assertThat(reject.getValue().source()).isEqualTo("stock-list");
        assertThat(reject.getValue().reasonCode()).isEqualTo("MISSING_VALUE");
        assertThat(reject.getValue().reason()).isEqualTo("line 23: Symbol is empty.");
        assertThat(meters.counter("ollass.ingest.rejects", "source", "stock-list", "reason", "MISSING_VALUE")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void sendsNothingAgainWhenTheTopicHoldsTheSameUniverse() {
        publisher.publish();
        org.mockito.Mockito.clearInvocations(symbols, rejects);

        assertThat(publisher.publish()).isZero();
        verify(symbols, never()).send(anyString(), anyString(), any());
        verify(rejects, never()).send(anyString(), anyString(), any());
    }

    @Test
    void sendsOnlyTheEntryTheTopicHoldsOtherwise() {
        publisher.publish();
        ListedStock apple = topic.get("AAPL");
        topic.put("AAPL", new ListedStock("AAPL", "애플", "Apple", "Australia", "AXJO", "AAPL.AX", "x", NOW));
        org.mockito.Mockito.clearInvocations(symbols);

        assertThat(publisher.publish()).isEqualTo(1);
        verify(symbols).send(Topics.SYMBOLS.name(), "AAPL", apple);
    }

    @Test
    void publishesEverythingWhenTheTopicCannotBeRead() {
        given(published.read()).willReturn(Optional.empty());
        topic.put("AAPL", new ListedStock("AAPL", "애플", "Apple", "USA", "NASDAQ", "AAPL", "usa_stock_list.csv", NOW));

        assertThat(publisher.publish()).isEqualTo(1_095);
    }
}
