package dev.ollass.ingestor.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.ingestor.PriceIngestorApplication;
import dev.ollass.ingestor.backfill.Backfill;
import dev.ollass.ingestor.live.StandInServer;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Two ingestors (two Spring contexts of the service, one consumer group) on the real local stack,
 * asking the stand-in for Yahoo: they split a backfill, no symbol fetched twice. One of them killed
 * mid-run: {@link KilledIngestorOnTheLocalStackTest}.
 */
@UsesLocalStack
class TwoIngestorsOnTheLocalStackTest {

    private static final StandInServer STAND_IN = new StandInServer();
    private static final LocalDate FROM = LocalDate.of(2020, 8, 31);
    private static final LocalDate TO = LocalDate.of(2020, 11, 6);

    private final String prefix =
            "I" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTwoIngestors() {
        first = ingestor();
        second = ingestor();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !assigned(first).isEmpty() && !assigned(second).isEmpty());
    }

    @AfterEach
    void stopThem() {
        first.close();
        second.close();
    }

    @AfterAll
    static void stopTheStandIn() {
        STAND_IN.close();
    }

    @Test
    void twoIngestorsSplitABackfillAndFetchNoSymbolTwice() {
        List<String> symbols = symbols(24);
        symbols.forEach(s -> STAND_IN.onChart(s, StandInServer.chart().after(Duration.ofMillis(50))));

        Backfill.Summary summary = backfill().run(symbols, YahooChartSource.NAME, FROM, TO, () -> false, s -> {});

        assertThat(summary.fetched()).isEqualTo(24);
        symbols.forEach(s -> assertThat(STAND_IN.chartRequests(s)).as(s).isOne());
        assertThat(fetched(first)).as("done by the first").isPositive();
        assertThat(fetched(second)).as("done by the second").isPositive();
        assertThat(fetched(first) + fetched(second)).isEqualTo(24);
    }

    private Backfill backfill() {
        return new Backfill(LocalStackExtension.stack().kafkaBootstrapServers(), 24);
    }

    private List<String> symbols(int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private static double fetched(ConfigurableApplicationContext ingestor) {
        return ingestor
                .getBean(MeterRegistry.class)
                .find("ollass.fetch.requests")
                .tag("outcome", "FETCHED")
                .counters()
                .stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static java.util.Collection<?> assigned(ConfigurableApplicationContext ingestor) {
        var container =
                ingestor.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(FetchRequestListener.ID);
        var partitions = container == null ? null : container.getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }

    private static ConfigurableApplicationContext ingestor() {
        Map<String, Object> properties =
                new HashMap<>(LocalStackExtension.stack().serviceProperties());
        properties.put("server.port", "0");
        properties.put("ollass.ingestor.publish-symbols-on-start", "false");
        properties.put("ollass.ingestor.live.enabled", "true");
        properties.put("ollass.ingestor.live.schedule", "false");
        properties.put("ollass.ingestor.live.consumers", "1");
        properties.put("ollass.ingestor.live.yahoo.base-url", STAND_IN.baseUrl());
        properties.put("ollass.ingestor.live.yahoo.requests-per-hour", "3600000");
        // As arguments: they come before application.properties, which default properties would not.
        return new SpringApplicationBuilder(PriceIngestorApplication.class)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }
}
