package dev.ollass.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStackSettings;
import dev.ollass.stack.Ports;
import dev.ollass.stack.ReceivedMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as a user meets it: the launcher starts the real local stack and the four
 * services from their runnable jars; the ingestor publishes the recorded price history bundled with
 * it, and the start returns only once the API serves it; the test reads the projections back
 * through the API and checks them against those same files, digit for digit, restarts the ingestor
 * and sees that nothing is published twice, and runs the audit: a bar taken out of MariaDB is e-mailed once, its
 * return once as recovered.
 */
class EndToEndTest {

    private static final Path REPO = LauncherSettings.findRepoRoot(Path.of("."));
    private static final Path RECORDED = REPO.resolve(RecordedHistory.FILES);
    private static final Path NAVER = REPO.resolve("price-ingestor/src/test/resources/naver");
    private static final LocalDate MARKET_DATE = LocalDate.parse("2021-04-16");
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

    @ParameterizedTest
    @CsvSource({"AAPL.csv, AAPL, USD", "005930.KS.csv, 005930, KRW", "KO.csv, KO, USD", "035720.KS.csv, 035720, KRW"})
    void servesEveryRecordedDailyBarOfTheFileUpToTheMarketDateWithItsValues(String file, String code, String currency)
            throws IOException {
        List<CSVRecord> rows = recordedRows(file).stream()
                .filter(row -> !row.get("Close").equals("null"))
                .filter(row -> !LocalDate.parse(row.get("Date")).isBefore(LocalDate.of(2017, 1, 2)))
                .filter(row -> !LocalDate.parse(row.get("Date")).isAfter(MARKET_DATE))
                .toList();

        JsonNode served = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> getJson(api("/api/market/v1/stocks/" + code + "/daily?start=2017-01-02")),
                        body -> body.size() == rows.size());

        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode bar = served.path(i);
            assertThat(bar.path("code").asString()).isEqualTo(code);
            assertThat(bar.path("date").asString()).isEqualTo(row.get("Date"));
            assertThat(bar.path("opening_price").decimalValue()).isEqualByComparingTo(row.get("Open"));
            assertThat(bar.path("highest_price").decimalValue()).isEqualByComparingTo(row.get("High"));
            assertThat(bar.path("lowest_price").decimalValue()).isEqualByComparingTo(row.get("Low"));
            assertThat(bar.path("close_price").decimalValue()).isEqualByComparingTo(row.get("Close"));
            assertThat(bar.path("adj_close_price").decimalValue()).isEqualByComparingTo(row.get("Adj Close"));
            assertThat(bar.path("trade_volume").asLong()).isEqualTo(Long.parseLong(row.get("Volume")));
            assertThat(bar.path("currency").asString()).isEqualTo(currency);
        }
    }

    @Test
    void servesSamsungsFirstDayAfterItsSplitAsTheFileHasIt() throws IOException {
        // 005930.KS.csv: 2018-05-04,53000.000000,53900.000000,51800.000000,51900.000000,47034.734375,39565391
        JsonNode bar = getJson(api("/api/market/v1/stocks/005930/daily?start=2018-05-04&end=2018-05-04"))
                .path(0);

        assertThat(bar.path("opening_price").decimalValue()).isEqualTo(new BigDecimal("53000"));
        assertThat(bar.path("highest_price").decimalValue()).isEqualTo(new BigDecimal("53900"));
        assertThat(bar.path("lowest_price").decimalValue()).isEqualTo(new BigDecimal("51800"));
        assertThat(bar.path("close_price").decimalValue()).isEqualTo(new BigDecimal("51900"));
        assertThat(bar.path("adj_close_price").decimalValue()).isEqualTo(new BigDecimal("47034.734375"));
        assertThat(bar.path("trade_volume").asLong()).isEqualTo(39565391L);
        assertThat(bar.path("currency").asString()).isEqualTo("KRW");
    }

    @Test
    void servesTheRecordedSplitsAndDividendsThroughTheApi() throws IOException {
        // splits.csv: AAPL,2020-08-31,4,1 and 005930.KS,2018-05-04,50,1
        assertThat(getJson(api("/api/market/v1/stocks/AAPL/splits"))).anySatisfy(split -> {
            assertThat(split.path("ex_date").asString()).isEqualTo("2020-08-31");
            assertThat(split.path("numerator").asInt()).isEqualTo(4);
            assertThat(split.path("denominator").asInt()).isEqualTo(1);
        });
        assertThat(getJson(api("/api/market/v1/stocks/005930/splits"))).anySatisfy(split -> {
            assertThat(split.path("ex_date").asString()).isEqualTo("2018-05-04");
            assertThat(split.path("numerator").asInt()).isEqualTo(50);
        });
        // dividends.csv: AAPL,2020-11-06,0.205,USD
        assertThat(getJson(api("/api/market/v1/stocks/AAPL/dividends"))).anySatisfy(dividend -> {
            assertThat(dividend.path("ex_date").asString()).isEqualTo("2020-11-06");
            assertThat(dividend.path("amount").decimalValue()).isEqualByComparingTo("0.205");
            assertThat(dividend.path("currency").asString()).isEqualTo("USD");
        });
    }

    @Test
    void servesIndicesAndTheExchangeRateAsTheFilesHaveThem() throws IOException {
        // ^KS11.csv: 2021-04-16,3194.080078,3206.760010,3185.669922,3198.620117,3198.620117,985300
        JsonNode kospi = getJson(api("/api/market/v1/indices/KS11/daily?start=2021-04-16&end=2021-04-16"))
                .path(0);
        assertThat(kospi.path("close_price").decimalValue()).isEqualTo(new BigDecimal("3198.620117"));
        // KRW=X.csv: 2021-04-16,1114.65,1114.74,1114.65,1114.65,1115.670044,3
        JsonNode usdKrw = getJson(api("/api/market/v1/fx/USDKRW/latest"));
        assertThat(usdKrw.path("price").decimalValue()).isEqualTo(new BigDecimal("1114.65"));
        assertThat(usdKrw.path("date").asString()).isEqualTo("2021-04-16");
    }

    @Test
    void servesAUsdKrwDayThatClosedBelowItsLowFlaggedWithItsReasonAndItsPricesAsTheFileHasThem() {
        // KRW=X.csv: 2021-03-19,1127.050049,1134.380005,1126.670044,1126.109985,1126.109985,0
        JsonNode bar = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> getJson(api("/api/market/v1/fx/USDKRW/daily?start=2021-03-19&end=2021-03-19")),
                        body -> body.size() == 1)
                .path(0);

        assertThat(bar.path("suspect").asBoolean()).isTrue();
        assertThat(bar.path("suspect_reasons").valueStream().map(JsonNode::asString))
                .containsExactly("CLOSE_OUTSIDE_RANGE");
        assertThat(bar.path("lowest_price").decimalValue()).isEqualTo(new BigDecimal("1126.670044"));
        assertThat(bar.path("close_price").decimalValue()).isEqualTo(new BigDecimal("1126.109985"));
    }

    @Test
    void servesApplesBarsAroundItsFourForOneSplitAsNotSuspect() {
        // The recorded history is split-adjusted: no jump at 2020-08-31, and none flagged across the split.
        JsonNode bars = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> getJson(api("/api/market/v1/stocks/AAPL/daily?start=2020-08-26&end=2020-09-04")),
                        body -> body.size() == 8);

        assertThat(bars.valueStream()).allSatisfy(bar -> {
            assertThat(bar.path("suspect").asBoolean()).as(bar.toString()).isFalse();
            assertThat(bar.path("suspect_reasons").isArray()).isTrue();
            assertThat(bar.path("suspect_reasons").isEmpty()).isTrue();
        });
    }

    @Test
    void listsEveryKoreanAndUsStockOfTheUniverseOnce() {
        // The symbol universe is published at start beside the history; the launcher does not wait for it.
        JsonNode stocks = await().atMost(Duration.ofSeconds(60))
                .until(() -> getJson(api("/api/asset/v1/stocks")), list -> list.size() > 250);
        List<String> codes = new java.util.ArrayList<>();
        stocks.forEach(stock -> codes.add(stock.path("code").asString()));

        assertThat(codes).doesNotHaveDuplicates().contains("005930", "AAPL", "BRK.B");
        assertThat(stocks.path(0).has("name_kr")).isTrue();
        assertThat(stocks.path(0).has("name_en")).isTrue();
    }

    @Test
    void servesTheLatestPriceAsTheCloseOnTheMarketDateAndNothingAfterIt() throws IOException {
        JsonNode latest = getJson(api("/api/market/v1/stocks/AAPL/latest"));

        // AAPL.csv: 2021-04-16,...,134.16000366210938,...; the file runs on to 2023-02-27.
        assertThat(latest.path("price").decimalValue()).isEqualTo(new BigDecimal("134.16000366210938"));
        assertThat(latest.path("date").asString()).isEqualTo("2021-04-16");
        assertThat(latest.path("currency").asString()).isEqualTo("USD");
        assertThat(getJson(api("/api/market/v1/stocks/AAPL/daily?start=2021-04-17")))
                .isEmpty();
    }

    @Test
    void servesTheLatestPriceOfEveryRecordedSeriesOnTheLastDayOfItsFile() {
        List<RecordedHistory.ExpectedLatest> expected = RecordedHistory.expectedLatest(REPO, MARKET_DATE);

        assertThat(expected)
                .hasSize(19)
                .allSatisfy(latest -> assertThat(
                                getJson(api(latest.path())).path("date").asString())
                        .isEqualTo(latest.date().toString()));
    }

    @Test
    void publishesTheRecordedSplitsAndDividendsUpToTheMarketDateKeyedBySymbol() {
        List<ConsumerRecord<String, CorporateAction>> actions = readAll(Topics.CORPORATE_ACTIONS);

        assertThat(actions).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().symbol());
            assertThat(record.value().exDate()).isBeforeOrEqualTo(MARKET_DATE);
        });
        assertThat(actions)
                .extracting(ConsumerRecord::value)
                .anySatisfy(split -> {
                    assertThat(split.key()).isEqualTo("005930|SPLIT|2018-05-04");
                    assertThat(split.numerator()).isEqualTo(50);
                    assertThat(split.denominator()).isEqualTo(1);
                })
                .anySatisfy(split -> {
                    assertThat(split.key()).isEqualTo("AAPL|SPLIT|2020-08-31");
                    assertThat(split.numerator()).isEqualTo(4);
                })
                .anySatisfy(dividend -> {
                    // dividends.csv: 005930.KS,2017-12-27,430.0,KRW
                    assertThat(dividend.key()).isEqualTo("005930|DIVIDEND|2017-12-27");
                    assertThat(dividend.amount()).isEqualTo(new BigDecimal("430.0"));
                    assertThat(dividend.currency()).isEqualTo("KRW");
                });
    }

    @Test
    void aRestartedIngestorPublishesNothingItHasPublishedBefore() {
        List<TopicDefinition<?, ?>> written =
                List.of(Topics.PRICE_TICKS, Topics.CORPORATE_ACTIONS, Topics.INGEST_REJECTS, Topics.RECORDED_IMPORTS);
        Map<TopicPartition, Long> before = endOffsets(written);
        assertThat(readAll(Topics.RECORDED_IMPORTS))
                .extracting(ConsumerRecord::key)
                .contains("005930.KS.csv", "AAPL.csv", "^GSPC.csv", "KRW=X.csv", "splits.csv", "dividends.csv");

        // Healthy means it has run its import on start (its readiness follows the import).
        system.restart("price-ingestor");

        assertThat(endOffsets(written)).isEqualTo(before);
    }

    @Test
    void findsNothingMissingInTheRecordedHistoryOnTheMarketDate() throws Exception {
        HttpResponse<String> audit = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + system.settings().projectorPort() + "/audit"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(audit.statusCode()).isEqualTo(200);
        // Market date 2021-04-16 23:00 in Seoul is 10:00 in New York: the last finished US day is the
        // 15th, and AAPL's history goes to the 16th.
        assertThat(JSON.readTree(audit.body())).isEmpty();
    }

    @Test
    void aBarGoneMissingIsEMailedOnceAndItsFillingOnceAsRecovered() throws Exception {
        // SK hynix on Tuesday 2021-04-13, a Korean trading day inside the audit window. The services run with a
        // digest window of 2 s (this module's surefire configuration), so each e-mail goes out within seconds.
        int mailsBefore = system.stack().receivedMails().size();
        try (Connection market = DriverManager.getConnection(
                        system.stack().jdbcUrl("market"),
                        system.stack().jdbcUser(),
                        system.stack().jdbcPassword());
                Statement sql = market.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE taken_out AS SELECT * FROM daily_bar"
                    + " WHERE symbol = '000660' AND trading_date = '2021-04-13'");
            try {
                assertThat(sql.executeUpdate(
                                "DELETE FROM daily_bar" + " WHERE symbol = '000660' AND trading_date = '2021-04-13'"))
                        .isEqualTo(1);

                JsonNode missing = audit();
                assertThat(missing).hasSize(1);
                assertThat(missing.path(0).path("status").asString()).isEqualTo("MISSING");
                assertThat(missing.path(0).path("market").asString()).isEqualTo("KR");
                assertThat(missing.path(0).path("tradingDay").asString()).isEqualTo("2021-04-13");
                List<ReceivedMail> alert = awaitMailsAfter(mailsBefore, 1);
                assertThat(alert.getFirst().subject()).isEqualTo("Stock Daily 미수집: KR 2021-04-13 (1 problem)");
                assertThat(alert.getFirst().body()).contains("Missing symbols (1): 000660");

                // The same gap audited again: no new finding, and no second e-mail after the digest window.
                assertThat(audit()).isEmpty();
                Thread.sleep(Duration.ofSeconds(4));
                assertThat(system.stack().receivedMails()).hasSize(mailsBefore + 1);
            } finally {
                sql.execute("INSERT IGNORE INTO daily_bar SELECT * FROM taken_out");
            }
        }

        JsonNode resolved = audit();
        assertThat(resolved).hasSize(1);
        assertThat(resolved.path(0).path("status").asString()).isEqualTo("RESOLVED");
        assertThat(awaitMailsAfter(mailsBefore, 2))
                .extracting(ReceivedMail::subject)
                .containsExactly("Stock Daily 미수집: KR 2021-04-13 (1 problem)", "Recovered: KR 2021-04-13 수집 완료");
        assertThat(audit()).isEmpty();
    }

    private static JsonNode audit() throws Exception {
        HttpResponse<String> audit = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + system.settings().projectorPort() + "/audit"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        return JSON.readTree(audit.body());
    }

    /** The e-mails received after the first {@code before}, once there are {@code count} of them. */
    private static List<ReceivedMail> awaitMailsAfter(int before, int count) {
        List<ReceivedMail> all = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.stack().receivedMails(), mails -> mails.size() >= before + count);
        return all.subList(before, all.size());
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
    void servesTheCurrentPricesOfUploadedPollingAnswersAndKeepsThemWhenAnOlderAnswerFollows() throws Exception {
        String samsung = Files.readString(NAVER.resolve("polling-realtime_SERVICE_ITEM_005930_close_2020-11-04.json"));
        String kospi = Files.readString(NAVER.resolve("polling-realtime_SERVICE_INDEX_KOSPI_close_2020-10-28.json"));

        assertThat(upload("/ingest/naver/polling?origin=e2e-samsung", "application/json", samsung.getBytes(UTF_8)))
                .contains("\"current_prices\":1");
        assertThat(upload("/ingest/naver/polling?origin=e2e-kospi", "application/json", kospi.getBytes(UTF_8)))
                .contains("\"current_prices\":1");

        JsonNode current = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> getJson(api("/api/market/v1/stocks/005930/current")), body -> body.has("price"));
        assertThat(current.path("price").decimalValue()).isEqualTo(new BigDecimal("58500"));
        assertThat(current.path("currency").asString()).isEqualTo("KRW");
        assertThat(current.path("market_status").asString()).isEqualTo("CLOSE");
        assertThat(current.path("as_of").asString()).isEqualTo("2020-11-04T11:06:44.492Z");
        assertThat(current.path("source").asString()).isEqualTo("naver-polling");
        JsonNode level = await().atMost(Duration.ofSeconds(60))
                .until(() -> getJson(api("/api/market/v1/indices/KS11/current")), body -> body.has("price"));
        assertThat(level.path("price").decimalValue()).isEqualTo(new BigDecimal("2345.26"));

        // The same stock two hours earlier, uploaded after the later answer: it must not replace it.
        String earlier = samsung.replace("\"time\":1604488004492", "\"time\":1604480000000")
                .replace("\"nv\":58500", "\"nv\":58000");
        assertThat(upload(
                        "/ingest/naver/polling?origin=e2e-samsung-earlier",
                        "application/json",
                        earlier.getBytes(UTF_8)))
                .contains("\"current_prices\":1");
        awaitTheCurrentPriceSinkAtTheEnd();
        assertThat(getJson(api("/api/market/v1/stocks/005930/current"))
                        .path("price")
                        .decimalValue())
                .isEqualTo(new BigDecimal("58500"));
    }

    @Test
    void servesTheRowsOfAnUploadedEucKrDailyPricePageAsDailyBars() throws Exception {
        // Samsung's recorded page as if it were Kia's (000270), which the recorded history does not hold:
        // the other tests' Samsung series stays as its file has it.
        String page = Files.readString(NAVER.resolve("sise_day_005930_page1_2026-09-14.utf8.html"))
                .replace("code=005930", "code=000270");

        assertThat(upload(
                        "/ingest/naver/sise-day?code=000270&origin=e2e-sise-day",
                        "text/html; charset=EUC-KR",
                        page.getBytes(Charset.forName("EUC-KR"))))
                .contains("\"ticks\":10")
                .contains("\"rejects\":0");

        JsonNode bars = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> getJson(api("/api/market/v1/stocks/000270/daily?start=2026-09-01")),
                        body -> body.size() == 10);
        JsonNode newest = bars.path(9);
        assertThat(newest.path("date").asString()).isEqualTo("2026-09-14");
        assertThat(newest.path("opening_price").decimalValue()).isEqualTo(new BigDecimal("249500"));
        assertThat(newest.path("highest_price").decimalValue()).isEqualTo(new BigDecimal("253500"));
        assertThat(newest.path("lowest_price").decimalValue()).isEqualTo(new BigDecimal("249000"));
        assertThat(newest.path("close_price").decimalValue()).isEqualTo(new BigDecimal("253000"));
        assertThat(newest.path("trade_volume").asLong()).isEqualTo(7_569_375L);
        assertThat(newest.path("currency").asString()).isEqualTo("KRW");
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

    private static String upload(String pathAndQuery, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + system.settings().ingestorPort() + pathAndQuery))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.body();
    }

    /** Waits until the projector's current-price sink has committed every record the topic holds now. */
    private static void awaitTheCurrentPriceSinkAtTheEnd() throws Exception {
        Map<TopicPartition, Long> end = endOffsets(List.of(Topics.CURRENT_PRICES));
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                                        "current-price-sink")
                                .partitionsToOffsetAndMetadata()
                                .get();
                        return end.entrySet().stream()
                                .allMatch(e -> e.getValue() == 0
                                        || (committed.get(e.getKey()) != null
                                                && committed.get(e.getKey()).offset() >= e.getValue()));
                    });
        }
    }

    private static IngestRejected readRejectOf(String origin) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, IngestRejected> record : readAll(Topics.INGEST_REJECTS)) {
                if (origin.equals(record.key())) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("No reject with origin " + origin + " on " + Topics.INGEST_REJECTS.name());
    }

    /** Every record of the topic up to its current end. */
    private static <K, V> List<ConsumerRecord<K, V>> readAll(TopicDefinition<K, V> topic) {
        try (var consumer = new KafkaConsumer<>(
                consumerConfig(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(Instant.now()).as("read %s in time", topic.name()).isBefore(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(List<TopicDefinition<?, ?>> topics) {
        try (var consumer =
                new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic.name()).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    @Test
    void theDemoAccountSignsInReadsItsUserRefreshesAndLogsOut() throws Exception {
        String credentials = JSON.writeValueAsString(
                Map.of("email", LocalSignIn.DEFAULT_DEMO_EMAIL, "password", LocalSignIn.DEFAULT_DEMO_PASSWORD));
        HttpResponse<String> login = postJson("/api/auth/v1/local/login", null, credentials);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonNode pair = JSON.readTree(login.body());
        String access = pair.path("access_token").asString();

        HttpResponse<String> user = HTTP.send(
                HttpRequest.newBuilder(api("/api/auth/v1/user"))
                        .header("Authorization", "Bearer " + access)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(user.body()).path("email").asString()).isEqualTo(LocalSignIn.DEFAULT_DEMO_EMAIL);

        HttpResponse<String> refreshed = postJson(
                "/api/auth/v1/refresh",
                null,
                JSON.writeValueAsString(
                        Map.of("refresh_token", pair.path("refresh_token").asString())));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String newAccess = JSON.readTree(refreshed.body()).path("access_token").asString();

        assertThat(postJson("/api/auth/v1/logout", newAccess, "").statusCode()).isEqualTo(204);
        assertThat(postJson("/api/auth/v1/logout", newAccess, "").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> postJson(String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
    }

    private static List<CSVRecord> recordedRows(String file) throws IOException {
        try (var reader = Files.newBufferedReader(RECORDED.resolve(file))) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static URI api(String path) {
        return URI.create("http://localhost:" + system.settings().apiPort() + path);
    }

    private static JsonNode getJson(URI uri) {
        try {
            HttpResponse<String> response =
                    HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
