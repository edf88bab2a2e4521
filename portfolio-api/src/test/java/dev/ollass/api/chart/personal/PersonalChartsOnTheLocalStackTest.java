package dev.ollass.api.chart.personal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.ProjectorSchema;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every personal chart through HTTP on the real local stack, as users A and B signed in locally and without a
 * token: A's charts show A's holdings (a sell, a split, a dollar stock, a stock without any data), B's show
 * nothing of A's, the sample's need no token, the first read after an edit reflects it.
 */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"ollass.auth.outbox-interval=1h", "ollass.asset.market-clock=2021-04-16T23:00:00+09:00"})
class PersonalChartsOnTheLocalStackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Every personal chart with each of its query values. */
    static final List<String> CHARTS = List.of(
            "/asset-save-trend",
            "/estimate-dividend",
            "/estimate-dividend?category=type",
            "/composition",
            "/composition?type=account",
            "/performance-analysis",
            "/performance-analysis?interval=3month",
            "/performance-analysis?interval=6month",
            "/performance-analysis?interval=1year",
            "/my-stock",
            "/summary");

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl(ChartMarket.SCHEMA));
    }

    @BeforeAll
    static void market() {
        ChartMarket.seed();
    }

    @LocalServerPort
    int port;

    String alice;

    @BeforeEach
    void aliceHasAPortfolio() {
        alice = signUp();
        buy(alice, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD");
        buy(alice, "005930", "2020-03-16", "매수", 20, 48900, "KRW");
        buy(alice, "005930", "2021-04-16", "매도", 5, 83900, "KRW");
        buy(alice, "NOBAR", "2021-04-16", "매수", 3, 10, "USD");
    }

    @Test
    void aliceSeesHerHoldingsAfterTheSellAndTheSplitWithTheStockWithoutDataNamed() {
        Answer stocks = get("/api/chart/v1/my-stock", alice);
        assertThat(stocks.status()).isEqualTo(200);
        Map<String, Double> quantities = new LinkedHashMap<>();
        stocks.body()
                .forEach(s -> quantities.put(
                        s.path("name").asString(), s.path("quantity").asDouble()));
        assertThat(quantities).containsExactly(Map.entry("애플", 40.0), Map.entry("삼성전자", 15.0), Map.entry("바없음", 3.0));
        assertThat(stocks.missing()).isEqualTo("NOBAR");

        JsonNode summary = get("/api/chart/v1/summary", alice).body();
        // 40 × 134.16 × 1,116.92 + 15 × 83,900 + NOBAR at its cost, 3 × 10 × 1,116.92
        assertThat(summary.path("total_asset_amount").decimalValue()).isEqualByComparingTo("7285847.088");
        assertThat(summary.path("missing_data").toString()).isEqualTo("[\"NOBAR\"]");

        for (String chart : CHARTS) {
            Answer answer = get("/api/chart/v1" + chart, alice);
            assertThat(answer.status()).as(chart + ": " + answer.text()).isEqualTo(200);
            assertThat(answer.missing()).as(chart).contains("NOBAR");
        }
    }

    @Test
    void bobSeesNothingOfAlicesAndNoTokenIsRefused() {
        String bob = signUp();
        for (String chart : CHARTS) {
            Answer answer = get("/api/chart/v1" + chart, bob);
            assertThat(answer.status()).as(chart).isEqualTo(200);
            assertThat(answer.text()).as(chart).doesNotContain("애플", "삼성전자", "AAPL", "005930", "NOBAR", "ISA");
            assertThat(answer.missing()).as(chart).isEmpty();

            Answer anonymous = get("/api/chart/v1" + chart, null);
            assertThat(anonymous.status()).as(chart).isEqualTo(401);
            assertThat(anonymous.body().path("type").asString()).endsWith("/authentication-required");
        }
        assertThat(get("/api/chart/v1/my-stock", bob).text()).isEqualTo("[]");
        assertThat(get("/api/chart/v1/composition", bob).text()).isEqualTo("[]");
        assertThat(get("/api/chart/v1/asset-save-trend", bob)
                        .body()
                        .path("unit")
                        .asString())
                .isEmpty();
    }

    @Test
    void theFirstChartAfterAnEditShowsIt() {
        assertThat(get("/api/chart/v1/my-stock", alice).text()).doesNotContain("\"quantity\":25");
        assertThat(get("/api/chart/v1/my-stock", alice).text()).contains("\"quantity\":15"); // kept

        buy(alice, "005930", "2021-03-12", "매수", 10, 82800, "KRW");

        assertThat(get("/api/chart/v1/my-stock", alice).text()).contains("\"quantity\":25");
    }

    @Test
    void aSplitArrivingWithoutANewPriceIsSeenOnceTheProjectorBumpsTheMarketVersion() {
        assertThat(get("/api/chart/v1/my-stock", alice).text()).contains("\"quantity\":15"); // kept
        LocalStack stack = LocalStackExtension.stack();
        JdbcClient market = JdbcClient.create(
                new DriverManagerDataSource(stack.jdbcUrl(ChartMarket.SCHEMA), stack.jdbcUser(), stack.jdbcPassword()));
        market.sql("INSERT INTO split (symbol, ex_date, numerator, denominator, source, observed_at)"
                        + " VALUES ('005930', '2021-01-04', 2, 1, 'test', '2021-01-05 00:00:00')")
                .update();
        try {
            assertThat(get("/api/chart/v1/my-stock", alice).text())
                    .as("the version the answer was kept under has not moved")
                    .contains("\"quantity\":15");

            ProjectorSchema.bumpVersion(market);

            // 20 bought before the 2:1 split are 40, less the 5 sold after it.
            assertThat(get("/api/chart/v1/my-stock", alice).text()).contains("\"quantity\":35");
        } finally {
            market.sql("DELETE FROM split WHERE symbol = '005930'").update();
            ProjectorSchema.bumpVersion(market);
        }
    }

    @Test
    void theSampleNeedsNoToken() {
        for (String chart : CHARTS) {
            Answer answer = get("/api/chart/v1/sample" + chart, null);
            assertThat(answer.status()).as(chart + ": " + answer.text()).isEqualTo(200);
        }
        assertThat(get("/api/chart/v1/sample/my-stock", null).text()).contains("애플", "삼성전자");
    }

    @Test
    void aValueOutsideTheEnumerationIsAProblem() {
        for (String chart : List.of(
                "/performance-analysis?interval=2month",
                "/composition?type=sector",
                "/estimate-dividend?category=all")) {
            Answer answer = get("/api/chart/v1" + chart, alice);
            assertThat(answer.status()).as(chart).isEqualTo(422);
            assertThat(answer.body().path("type").asString()).endsWith("/invalid-enum-value");
            assertThat(answer.body().path("status_code").asInt()).isEqualTo(422);
            assertThat(answer.body().path("field").asString()).isEqualTo(chart.replaceAll(".*\\?(\\w+)=.*", "$1"));
            assertThat(get("/api/chart/v1/sample" + chart, null).status()).isEqualTo(422);
        }
    }

    record Answer(int status, String text, String missing) {
        JsonNode body() {
            return JSON.readTree(text);
        }
    }

    private String signUp() {
        String email = "chart-" + UUID.randomUUID() + "@example.com";
        Answer answer = send(request("/api/auth/v1/local/signup", null)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("email", email, "password", "correct horse battery staple")))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body().path("access_token").asString();
    }

    private void buy(String token, String code, String date, String side, int quantity, double price, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stock_code", code);
        body.put("trade_date", date);
        body.put("trade", side);
        body.put("quantity", quantity);
        body.put("trade_price", price);
        body.put("purchase_currency_type", currency);
        body.put("account_type", "ISA");
        body.put("investment_bank", "토스증권");
        Answer answer = send(request("/api/asset/v1/assetstock", token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    private Answer get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Ollass-Missing-Data").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
