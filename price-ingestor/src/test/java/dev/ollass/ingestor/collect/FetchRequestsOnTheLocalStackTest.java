package dev.ollass.ingestor.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.LocalTopics;
import dev.ollass.ingestor.backfill.Backfill;
import dev.ollass.ingestor.backfill.BackfillCommand;
import dev.ollass.ingestor.live.StandInServer;
import dev.ollass.ingestor.live.StandInServer.Reply;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * The ingestor with its live sources on, consuming fetch requests on the real local stack and asking
 * a stand-in for Yahoo: each request is done once and recorded in the ledger; a request published
 * twice is fetched once; a storm of 429s opens Yahoo's circuit, the consumers pause, and once it closes
 * every request is done, each symbol fetched once. A backfill goes through the same requests: it
 * fetches each symbol once, a re-run fetches nothing, a stopped one resumes.
 */
@UsesLocalStack
// Closed after its tests: a live ingestor left running in the context cache would join the next test's consumer group.
@DirtiesContext
@SpringBootTest(
        properties = {
            "ollass.ingestor.publish-symbols-on-start=false",
            "ollass.ingestor.live.enabled=true",
            "ollass.ingestor.live.schedule=false",
            "ollass.ingestor.live.consumers=2",
            "ollass.ingestor.live.unavailable-pause=200ms",
            "ollass.ingestor.live.request-timeout=1s",
            "ollass.ingestor.live.yahoo.requests-per-hour=3600000",
            "ollass.ingestor.live.yahoo.first-backoff=10ms",
            "ollass.ingestor.live.yahoo.max-attempts=2",
            "ollass.ingestor.live.yahoo.open-for=1500ms"
        })
class FetchRequestsOnTheLocalStackTest {

    private static final StandInServer STAND_IN = new StandInServer();
    private static final LocalDate FROM = LocalDate.of(2020, 8, 31);
    private static final LocalDate TO = LocalDate.of(2020, 11, 6);

    @DynamicPropertySource
    static void useTheLocalStackAndTheStandIn(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ollass.ingestor.live.yahoo.base-url", STAND_IN::baseUrl);
    }

    @AfterAll
    static void stopTheStandIn() {
        STAND_IN.close();
    }

    @Autowired
    KafkaTemplate<String, FetchRequest> requests;

    private final String run = "test|" + UUID.randomUUID();
    private final String prefix =
            "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void doesEachRequestOnceAndRecordsWhatItYielded() {
        List<String> symbols = symbols(4);
        symbols.forEach(s -> STAND_IN.onChart(s, StandInServer.chart()));

        symbols.forEach(this::publish);

        List<FetchDone> done = awaitDone(4);
        assertThat(done).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(FetchDone.Outcome.FETCHED);
            assertThat(d.ticks()).isPositive();
            assertThat(d.actions()).isEqualTo(2);
        });
        assertThat(done).extracting(FetchDone::symbol).containsExactlyInAnyOrderElementsOf(symbols);
    }

    @Test
    void aRequestPublishedTwiceIsFetchedOnce() {
        String symbol = symbols(1).getFirst();
        STAND_IN.onChart(symbol, StandInServer.chart());
        publish(symbol);
        awaitDone(1);

        publish(symbol);
        // Behind the copy on the same partition (same key): once this one is done, the copy was handled.
        String marker = "marker|" + UUID.randomUUID();
        requests.send(Topics.FETCH_REQUESTS.name(), symbol, request(marker, symbol))
                .join();
        await().atMost(Duration.ofSeconds(30)).until(() -> !doneOf(marker).isEmpty());

        assertThat(STAND_IN.chartRequests(symbol)).isEqualTo(2);
        assertThat(doneOf(run)).hasSize(1);
    }

    @Test
    void a429StormOpensYahoosCircuitAndOnceItClosesEverySymbolIsFetchedOnce() {
        List<String> symbols = symbols(5);
        STAND_IN.onChart(symbols.getFirst(), StandInServer.tooManyRequests(), StandInServer.chart());
        symbols.stream().skip(1).forEach(s -> STAND_IN.onChart(s, StandInServer.chart()));

        publish(symbols.getFirst());
        await().atMost(Duration.ofSeconds(10)).until(() -> STAND_IN.chartRequests(symbols.getFirst()) == 1);
        symbols.stream().skip(1).forEach(this::publish);

        List<FetchDone> done = awaitDone(5);
        assertThat(done).allSatisfy(d -> assertThat(d.outcome()).isEqualTo(FetchDone.Outcome.FETCHED));
        assertThat(STAND_IN.chartRequests(symbols.getFirst()))
                .as("the 429, then the answer")
                .isEqualTo(2);
        symbols.stream()
                .skip(1)
                .forEach(s -> assertThat(STAND_IN.chartRequests(s)).as(s).isOne());
    }

    @Test
    void aBackfillFetchesEverySymbolOnceAndTheSameBackfillAgainFetchesNothing() {
        List<String> symbols = symbols(6);
        symbols.forEach(s -> STAND_IN.onChart(s, StandInServer.chart()));
        Backfill backfill = new Backfill(LocalStackExtension.stack().kafkaBootstrapServers(), 2);

        Backfill.Summary first = backfill.run(symbols, YahooChartSource.NAME, FROM, TO, () -> false, s -> {});
        Backfill.Summary again = backfill.run(symbols, YahooChartSource.NAME, FROM, TO, () -> false, s -> {});

        assertThat(first.fetched()).isEqualTo(6);
        assertThat(first.stopped()).isFalse();
        assertThat(first.actions()).isEqualTo(12);
        assertThat(again.skipped()).isEqualTo(6);
        assertThat(again.fetched()).isZero();
        symbols.forEach(s -> assertThat(STAND_IN.chartRequests(s)).as(s).isOne());
    }

    @Test
    void aStoppedBackfillResumesWithoutFetchingWhatIsDoneAgain() {
        List<String> symbols = symbols(6);
        symbols.forEach(s -> STAND_IN.onChart(s, StandInServer.chart()));
        Backfill backfill = new Backfill(LocalStackExtension.stack().kafkaBootstrapServers(), 1);
        AtomicInteger done = new AtomicInteger();

        Backfill.Summary stopped =
                backfill.run(symbols, YahooChartSource.NAME, FROM, TO, () -> done.get() >= 2, s -> done.set(s.done()));
        Backfill.Summary resumed = backfill.run(symbols, YahooChartSource.NAME, FROM, TO, () -> false, s -> {});

        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.done()).isEqualTo(2);
        assertThat(resumed.skipped()).isBetween(2, 3);
        assertThat(resumed.skipped() + resumed.fetched()).isEqualTo(6);
        symbols.forEach(s -> assertThat(STAND_IN.chartRequests(s)).as(s).isOne());
    }

    @Test
    void aBackfillSaysSoWhenNoRequestIsDoneForItsPatience() {
        String symbol = symbols(1).getFirst();
        STAND_IN.onChart(symbol, StandInServer.chart().after(Duration.ofMillis(800)));
        AtomicInteger stalls = new AtomicInteger();
        Backfill patient = new Backfill(
                LocalStackExtension.stack().kafkaBootstrapServers(),
                1,
                Duration.ofMillis(200),
                stalls::incrementAndGet);

        Backfill.Summary summary = patient.run(List.of(symbol), YahooChartSource.NAME, FROM, TO, () -> false, s -> {});

        assertThat(stalls.get()).isPositive();
        assertThat(summary.fetched()).isOne();
    }

    @Test
    void theBackfillCommandPrintsItsProgressAndASummaryWithoutATerminal() {
        List<String> symbols = symbols(3);
        symbols.forEach(s -> STAND_IN.onChart(s, StandInServer.chart()));
        STAND_IN.onChart(symbols.getLast(), Reply.status(500, "down"));
        var printed = new ByteArrayOutputStream();

        int exit = new CommandLine(new BackfillCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .execute(
                        "--symbols=" + String.join(",", symbols),
                        "--from=" + FROM,
                        "--to=" + TO,
                        "--bootstrap-servers=" + LocalStackExtension.stack().kafkaBootstrapServers(),
                        "--plain",
                        "--log-every=1");

        assertThat(exit).isZero();
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("Backfill of 3 symbols from yahoo-chart-v8, 2020-08-31 to 2020-11-06")
                .contains(": 3/3 symbols (")
                .contains("Backfill done: backfill|2020-08-31|2020-11-06, 3 symbols")
                .contains("  fetched   2 (")
                .contains("  rejected  1 - rejects by reason: {SOURCE_SERVER_ERROR=1}")
                .contains("  retried   1 HTTP requests");
    }

    private List<String> symbols(int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private void publish(String symbol) {
        requests.send(Topics.FETCH_REQUESTS.name(), symbol, request(run, symbol))
                .join();
    }

    private static FetchRequest request(String runKey, String symbol) {
        return FetchRequest.of(
                runKey, symbol, YahooChartSource.NAME, FROM, TO, FetchRequest.FetchReason.BACKFILL, Instant.now());
    }

    private List<FetchDone> awaitDone(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> doneOf(run).size() >= count);
        return doneOf(run);
    }

    private static List<FetchDone> doneOf(String runKey) {
        return LocalTopics.readAll(Topics.FETCHES_DONE).stream()
                .map(ConsumerRecord::value)
                .filter(d -> d.runKey().equals(runKey))
                .toList();
    }
}
