package dev.ollass.ingestor.naver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.TopicRecords;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Naver upload endpoints on the real local stack, with every recorded Naver answer: what an
 * operator uploads is read by its source and reaches its topic (ticks, current prices keyed by kind
 * and code, rejects with their reason and the payload as received), and the answer says so.
 */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "ollass.operator.token=" + NaverUploadOnTheLocalStackTest.TOKEN,
            "ollass.ingestor.publish-symbols-on-start=false"
        })
class NaverUploadOnTheLocalStackTest {

    static final String TOKEN = "operator-token-for-naver-uploads";

    private static final String SISE_DAY_EUC_KR = "sise_day_005930_page1_2026-09-14.euc-kr.html";
    private static final String SISE_DAY_UTF_8 = "sise_day_005930_page1_2026-09-14.utf8.html";
    private static final String POLLING_ITEM = "polling-realtime_SERVICE_ITEM_005930_close_2020-11-04.json";
    private static final String POLLING_KOSPI = "polling-realtime_SERVICE_INDEX_KOSPI_close_2020-10-28.json";
    private static final String POLLING_NO_DATAS = "polling-realtime_SERVICE_INDEX_no-datas_edge.json";
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    private final String origin = "naver-upload-" + UUID.randomUUID();

    @Test
    void publishesEveryRowOfAnEucKrDailyPricePageAsATickOfTheStockAskedFor() throws Exception {
        Instant before = Instant.now();

        JsonNode summary =
                upload("/ingest/naver/sise-day?code=005930&origin=" + origin, "text/html", fixture(SISE_DAY_EUC_KR));

        assertThat(summary.path("ticks").asInt()).isEqualTo(10);
        assertThat(summary.path("rejects").asInt()).isZero();
        List<PriceTick> ticks = ticksOf005930Since(before);
        assertThat(ticks).extracting(PriceTick::tradingDate).hasSize(10).contains(LocalDate.of(2026, 9, 14));
        PriceTick newest = ticks.stream()
                .filter(t -> t.tradingDate().equals(LocalDate.of(2026, 9, 14)))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(newest.open(), newest.high(), newest.low(), newest.close()))
                .containsExactly(bd("249500"), bd("253500"), bd("249000"), bd("253000"));
        assertThat(newest.volume()).isEqualTo(7_569_375L);
        assertThat(newest.currency()).isEqualTo("KRW");
        assertThat(newest.kind()).isEqualTo(InstrumentKind.STOCK);
    }

    @Test
    void readsTheUtf8CopyOfThePageInTheCharsetItsUploadDeclares() throws Exception {
        Instant before = Instant.now();

        JsonNode summary = upload(
                "/ingest/naver/sise-day?code=005930&origin=" + origin,
                "text/html; charset=UTF-8",
                fixture(SISE_DAY_UTF_8));

        assertThat(summary.path("ticks").asInt()).isEqualTo(10);
        assertThat(summary.path("rejects").asInt()).isZero();
        assertThat(ticksOf005930Since(before)).hasSize(10);
    }

    @Test
    void rejectsAPageWhoseHeaderChangedWithTheReasonAndThePageAsReceived() throws Exception {
        String changed = new String(fixture(SISE_DAY_UTF_8), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<th>종가</th>", "<th>현재가</th>");
        assertThat(changed).contains("현재가");

        JsonNode summary =
                upload("/ingest/naver/sise-day?code=005930&origin=" + origin, "text/html", changed.getBytes(EUC_KR));

        assertThat(summary.path("ticks").asInt()).isZero();
        assertThat(summary.path("rejects").asInt()).isEqualTo(1);
        IngestRejected reject = onlyReject();
        assertThat(reject.source()).isEqualTo("naver-sise-day");
        assertThat(reject.reasonCode()).isEqualTo("UNEXPECTED_LAYOUT");
        assertThat(reject.reason()).contains("현재가");
        // The EUC-KR bytes decoded as the page declares: the operator reads the page as it was, Korean included.
        assertThat(reject.rawPayload()).isEqualTo(changed);
        assertThat(reject.rawPayloadTruncated()).isFalse();
    }

    @Test
    void rejectsThePageOfAnotherStockThanTheOneAskedFor() throws Exception {
        JsonNode summary =
                upload("/ingest/naver/sise-day?code=000660&origin=" + origin, "text/html", fixture(SISE_DAY_EUC_KR));

        assertThat(summary.path("ticks").asInt()).isZero();
        assertThat(summary.path("rejects").asInt()).isEqualTo(1);
        assertThat(onlyReject().reasonCode()).isEqualTo("WRONG_PAGE");
    }

    @Test
    void publishesAStocksCurrentPriceKeyedByKindAndCode() throws Exception {
        Instant before = Instant.now();

        JsonNode summary = upload("/ingest/naver/polling?origin=" + origin, "application/json", fixture(POLLING_ITEM));

        assertThat(summary.path("origin").asString()).isEqualTo(origin);
        assertThat(summary.path("current_prices").asInt()).isEqualTo(1);
        assertThat(summary.path("ticks").asInt()).isZero();
        assertThat(summary.path("rejects").asInt()).isZero();
        ConsumerRecord<String, CurrentPrice> record = onlyCurrentPriceSince("005930|STOCK", before);
        assertThat(record.value())
                .usingRecursiveComparison()
                .ignoringFields("observedAt")
                .isEqualTo(new CurrentPrice(
                        "005930",
                        InstrumentKind.STOCK,
                        bd("58500"),
                        "KRW",
                        "CLOSE",
                        Instant.ofEpochMilli(1604488004492L),
                        "naver-polling",
                        before));
    }

    @Test
    void publishesTheKospiLevelInPointsKeyedAsAnIndex() throws Exception {
        Instant before = Instant.now();

        JsonNode summary = upload(
                "/ingest/naver/polling?origin=" + origin, "application/json; charset=UTF-8", fixture(POLLING_KOSPI));

        assertThat(summary.path("current_prices").asInt()).isEqualTo(1);
        CurrentPrice kospi = onlyCurrentPriceSince("KS11|INDEX", before).value();
        assertThat(kospi.symbol()).isEqualTo("KS11");
        assertThat(kospi.kind()).isEqualTo(InstrumentKind.INDEX);
        assertThat(kospi.price()).isEqualByComparingTo("2345.26");
        assertThat(kospi.asOf()).isEqualTo(Instant.ofEpochMilli(1603889630919L));
    }

    @Test
    void rejectsAnAnswerWithoutDatasWithTheReasonAndTheAnswer() throws Exception {
        byte[] body = fixture(POLLING_NO_DATAS);

        JsonNode summary = upload("/ingest/naver/polling?origin=" + origin, "application/json", body);

        assertThat(summary.path("current_prices").asInt()).isZero();
        assertThat(summary.path("rejects").asInt()).isEqualTo(1);
        IngestRejected reject = onlyReject();
        assertThat(reject.source()).isEqualTo("naver-polling");
        assertThat(reject.reasonCode()).isEqualTo("MISSING_FIELD");
        assertThat(reject.rawPayload()).isEqualTo(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void answersAnEmptyOrBrokenUploadWithARejectNotAnError() throws Exception {
        JsonNode summary = upload("/ingest/naver/polling?origin=" + origin, "application/json", new byte[0]);

        assertThat(summary.path("rejects").asInt()).isEqualTo(1);
        assertThat(onlyReject().reasonCode()).isEqualTo("MALFORMED");

        String otherOrigin = origin + "-html";
        JsonNode page = upload(
                "/ingest/naver/sise-day?code=005930&origin=" + otherOrigin,
                "text/html",
                "<html>점검 중</html>".getBytes(EUC_KR));
        assertThat(page.path("rejects").asInt()).isEqualTo(1);
        assertThat(TopicRecords.read(Topics.INGEST_REJECTS, r -> otherOrigin.equals(r.key())))
                .singleElement()
                .satisfies(r -> assertThat(r.value().reasonCode()).isEqualTo("MALFORMED"));
    }

    @Test
    void refusesAnUploadWithoutTheOperatorCredential() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/ingest/naver/polling?origin=" + origin))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(fixture(POLLING_ITEM)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private JsonNode upload(String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }

    private IngestRejected onlyReject() {
        List<ConsumerRecord<String, IngestRejected>> rejects =
                TopicRecords.read(Topics.INGEST_REJECTS, r -> origin.equals(r.key()));
        assertThat(rejects).hasSize(1);
        return rejects.getFirst().value();
    }

    private static List<PriceTick> ticksOf005930Since(Instant before) {
        return TopicRecords.read(
                        Topics.PRICE_TICKS,
                        r -> "005930".equals(r.key())
                                && "naver-sise-day".equals(r.value().source())
                                && !r.value().observedAt().isBefore(before))
                .stream()
                .map(ConsumerRecord::value)
                .toList();
    }

    private static ConsumerRecord<String, CurrentPrice> onlyCurrentPriceSince(String key, Instant before) {
        List<ConsumerRecord<String, CurrentPrice>> records = TopicRecords.read(
                Topics.CURRENT_PRICES,
                r -> key.equals(r.key()) && !r.value().observedAt().isBefore(before));
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static byte[] fixture(String name) {
        return NaverFixtures.bytes(name);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
