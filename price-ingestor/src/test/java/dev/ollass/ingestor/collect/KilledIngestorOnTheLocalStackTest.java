package dev.ollass.ingestor.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.PriceIngestorApplication;
import dev.ollass.ingestor.backfill.Backfill;
import dev.ollass.ingestor.live.StandInServer;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * A crash, not a shutdown: one ingestor in a JVM of its own, killed with SIGKILL while it waits for
 * Yahoo's answer to a request it holds, so it neither finishes, nor commits, nor leaves the group. The
 * other ingestor (in this JVM) gets its partitions once the group gives the dead one up (its session
 * times out), does the request again, and the backfill ends with every symbol fetched.
 */
@UsesLocalStack
class KilledIngestorOnTheLocalStackTest {

    private static final StandInServer STAND_IN = new StandInServer();
    private static final String KILLED_AGENT = "Mozilla/5.0 (killed ingestor)";
    private static final LocalDate FROM = LocalDate.of(2020, 8, 31);
    private static final LocalDate TO = LocalDate.of(2020, 11, 6);

    private final String prefix =
            "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private ConfigurableApplicationContext survivor;
    private Process killed;

    @AfterEach
    void stopBoth() {
        if (killed != null) {
            killed.destroyForcibly();
        }
        if (survivor != null) {
            survivor.close();
        }
    }

    @AfterAll
    static void stopTheStandIn() {
        STAND_IN.close();
    }

    @Test
    void theRequestAKilledIngestorHeldUncommittedIsDoneByTheOther() throws Exception {
        List<String> symbols = IntStream.range(0, 12).mapToObj(i -> prefix + i).toList();
        // A second's wait for each answer: the kill lands while the killed ingestor waits for one.
        symbols.forEach(s -> STAND_IN.onChart(s, StandInServer.chart().after(Duration.ofSeconds(1))));
        survivor = new SpringApplicationBuilder(PriceIngestorApplication.class).run(arguments(Map.of()));
        killed = childIngestor();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !assigned(survivor).isEmpty() && assigned(survivor).size() < 6);

        CompletableFuture<Backfill.Summary> backfill = CompletableFuture.supplyAsync(
                () -> new Backfill(LocalStackExtension.stack().kafkaBootstrapServers(), symbols.size())
                        .run(symbols, YahooChartSource.NAME, FROM, TO, () -> false, progress -> {}));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> STAND_IN.askedBy(KILLED_AGENT).stream().anyMatch(p -> p.contains(prefix)));
        killed.destroyForcibly().waitFor();
        String held = STAND_IN.askedBy(KILLED_AGENT).stream()
                .filter(p -> p.contains(prefix))
                .toList()
                .getLast();
        Backfill.Summary summary = backfill.get(3, TimeUnit.MINUTES);

        assertThat(summary.fetched()).isEqualTo(symbols.size());
        String heldSymbol = held.substring(held.lastIndexOf('/') + 1);
        assertThat(STAND_IN.chartRequests(heldSymbol))
                .as("asked by the killed one, then again")
                .isEqualTo(2);
        assertThat(STAND_IN.askedBy(IngestorSettings.Live.BROWSER))
                .as("redone by the survivor")
                .contains(held);
    }

    /** The ingestor in a JVM of its own, on this test's class path, its session given up 6 s after it dies. */
    private static Process childIngestor() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                PriceIngestorApplication.class.getName()));
        command.addAll(List.of(arguments(Map.of(
                "ollass.ingestor.live.user-agent", KILLED_AGENT,
                "spring.kafka.consumer.properties.session.timeout.ms", "6000",
                "spring.kafka.consumer.properties.heartbeat.interval.ms", "1000"))));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/killed-ingestor.log"))
                .start();
    }

    private static String[] arguments(Map<String, String> more) {
        Map<String, Object> properties =
                new HashMap<>(LocalStackExtension.stack().serviceProperties());
        properties.put("server.port", "0");
        properties.put("ollass.ingestor.publish-symbols-on-start", "false");
        properties.put("ollass.ingestor.live.enabled", "true");
        properties.put("ollass.ingestor.live.schedule", "false");
        properties.put("ollass.ingestor.live.consumers", "1");
        properties.put("ollass.ingestor.live.yahoo.base-url", STAND_IN.baseUrl());
        properties.put("ollass.ingestor.live.yahoo.requests-per-hour", "3600000");
        properties.putAll(more);
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static java.util.Collection<?> assigned(ConfigurableApplicationContext ingestor) {
        var container =
                ingestor.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(FetchRequestListener.ID);
        var partitions = container == null ? null : container.getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }
}
