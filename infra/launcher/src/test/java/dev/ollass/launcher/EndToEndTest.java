package dev.ollass.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStackSettings;
import dev.ollass.stack.Ports;
import dev.ollass.stack.ReceivedMail;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as a user meets it: the launcher starts the real local stack and the four
 * services from their runnable jars; the ingestor replays the recorded Yahoo response bundled with
 * it; the test reads the projections back through the API and checks them against that same
 * recorded file, then runs the audit and finds the e-mail in the SMTP server's inbox.
 */
class EndToEndTest {

    private static final Path REPO = LauncherSettings.findRepoRoot(Path.of("."));
    private static final Path RECORDED_AAPL = REPO.resolve(
            "price-ingestor/src/main/resources/recorded/yahoo/chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    // Prices are compared digit for digit, so read them as decimals, not doubles.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    static Path dataDir;

    private static OllassSystem system;

    @BeforeAll
    static void startTheWholeSystem() {
        List<Integer> ports = Ports.freePorts(4);
        LauncherSettings settings = new LauncherSettings(
                REPO,
                dataDir,
                LocalStackSettings.withFreePorts(dataDir.resolve("servers")),
                ports.get(0),
                ports.get(1),
                ports.get(2),
                ports.get(3),
                OffsetDateTime.parse(LauncherSettings.DEFAULT_MARKET_CLOCK));
        system = OllassSystem.start(settings);
    }

    @AfterAll
    static void stopIt() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void servesEveryRecordedDailyBarWithTheRecordedValues() throws IOException {
        JsonNode result = JSON.readTree(Files.readString(RECORDED_AAPL))
                .path("chart")
                .path("result")
                .path(0);
        JsonNode timestamps = result.path("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        JsonNode adjClose = result.path("indicators").path("adjclose").path(0).path("adjclose");

        JsonNode served = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> getJson(api("/api/market/v1/stocks/AAPL/daily")),
                        body -> body.size() == timestamps.size());

        for (int i = 0; i < timestamps.size(); i++) {
            JsonNode bar = served.path(i);
            LocalDate expectedDate = Instant.ofEpochSecond(timestamps.path(i).asLong())
                    .atZone(ZoneId.of("America/New_York"))
                    .toLocalDate();
            assertThat(bar.path("code").asString()).isEqualTo("AAPL");
            assertThat(bar.path("date").asString()).isEqualTo(expectedDate.toString());
            assertThat(bar.path("opening_price").decimalValue())
                    .isEqualByComparingTo(quote.path("open").path(i).decimalValue());
            assertThat(bar.path("highest_price").decimalValue())
                    .isEqualByComparingTo(quote.path("high").path(i).decimalValue());
            assertThat(bar.path("lowest_price").decimalValue())
                    .isEqualByComparingTo(quote.path("low").path(i).decimalValue());
            assertThat(bar.path("close_price").decimalValue())
                    .isEqualByComparingTo(quote.path("close").path(i).decimalValue());
            assertThat(bar.path("adj_close_price").decimalValue())
                    .isEqualByComparingTo(adjClose.path(i).decimalValue());
            assertThat(bar.path("trade_volume").asLong())
                    .isEqualTo(quote.path("volume").path(i).asLong());
            assertThat(bar.path("currency").asString()).isEqualTo("USD");
        }
    }

    @Test
    void servesTheLatestPriceAsTheCloseOfTheLastRecordedDay() {
        JsonNode latest = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> getJson(api("/api/market/v1/stocks/AAPL/latest")), EndToEndTest::isLastRecordedDay);

        assertThat(latest.path("price").decimalValue()).isEqualByComparingTo(new BigDecimal("118.69000244140625"));
        assertThat(latest.path("date").asString()).isEqualTo("2020-11-06");
        assertThat(latest.path("currency").asString()).isEqualTo("USD");
    }

    @Test
    void emailsTheOperatorWhenTheAuditFindsASymbolBehindTheMarketDate() throws Exception {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> getJson(api("/api/market/v1/stocks/AAPL/latest")), EndToEndTest::isLastRecordedDay);

        HttpResponse<String> audit = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + system.settings().projectorPort() + "/audit"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).isEqualTo(200);

        ReceivedMail mail = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> system.stack().receivedMails().stream()
                                .filter(m -> m.body().contains("AAPL"))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(mail.subject()).isEqualTo("Stock Daily 미수집");
        // Market date 2021-04-16 23:00 in Seoul is 10:00 in New York: the last finished US day is the 15th.
        assertThat(mail.body()).startsWith("2021-04-15 날짜에 AAPL가 수집되지 않았습니다.");
        assertThat(mail.body()).contains("2020-11-06");
    }

    @Test
    void keepsAnUnusableSourceResponseAsARejectWithItsReasonAndRawPayload() throws Exception {
        String body = Files.readString(REPO.resolve(
                "price-ingestor/src/test/resources/yahoo/chart-v8_SIX_error_404_not-found_delisted.body.json"));
        String origin = "e2e-" + UUID.randomUUID();

        HttpResponse<String> upload = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:"
                                + system.settings().ingestorPort() + "/ingest/yahoo/chart?origin=" + origin))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(202);
        assertThat(upload.body()).contains("\"rejects\":1");

        IngestRejected reject = readRejectOf(origin);
        assertThat(reject.reasonCode()).isEqualTo("SOURCE_ERROR");
        assertThat(reject.reason()).contains("No data found, symbol may be delisted");
        assertThat(reject.rawPayload()).isEqualTo(body);
    }

    @Test
    void answersASymbolWithoutDataWithAProblemDetails404() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(api("/api/market/v1/stocks/NOPE/latest")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://ollass.dev/problems/market-data-not-found");
        assertThat(problem.path("status_code").asInt()).isEqualTo(404);
    }

    @Test
    void answersTheOriginalsHealthCheck() throws Exception {
        assertThat(getJson(api("/health")).path("status").asString()).isEqualTo("ok");
    }

    private static IngestRejected readRejectOf(String origin) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(
                config,
                Topics.INGEST_REJECTS.keySerde().deserializer(),
                Topics.INGEST_REJECTS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.INGEST_REJECTS.name()));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, IngestRejected> record : consumer.poll(Duration.ofMillis(500))) {
                    if (origin.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("No reject with origin " + origin + " on " + Topics.INGEST_REJECTS.name());
    }

    /** The latest price has caught up with the whole recorded file (its last day is 2020-11-06). */
    private static boolean isLastRecordedDay(JsonNode latest) {
        return "2020-11-06".equals(latest.path("date").asString(""));
    }

    private static URI api(String path) {
        return URI.create("http://localhost:" + system.settings().apiPort() + path);
    }

    private static JsonNode getJson(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response =
                HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }
}
