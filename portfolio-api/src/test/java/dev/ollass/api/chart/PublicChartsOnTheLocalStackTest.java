package dev.ollass.api.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.ProjectorSchema;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public charts on the real local stack (MariaDB, Redis, Kafka), as the local run serves them (its market
 * clock, its demo account and sharing demo users), over a small market in a schema of its own: AAPL, KO and
 * GOOGL priced (GOOGL without any bar), AMZN listed without any price, Samsung Electronics; KS11, IXIC and a
 * Dow Jones level of 2019; no S&amp;P 500; the dollar rate.
 */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "ollass.auth.outbox-interval=1h",
            "ollass.asset.market-clock=2021-04-16T23:00:00+09:00",
            "ollass.auth.local-run=true",
            "ollass.auth.demo.email=demo-charts@ollass.local",
            "ollass.auth.demo.password=ollass-demo-2021"
        })
class PublicChartsOnTheLocalStackTest {

    static final String SCHEMA = "market_chart_test";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MISSING = "Ollass-Missing-Data";

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl(SCHEMA));
    }

    @LocalServerPort
    int port;

    private static JdbcClient market;

    @BeforeAll
    static void seedTheMarket() {
        var projector = ProjectorSchema.fresh(SCHEMA);
        market = JdbcClient.create(projector);
        market.sql("""
                        INSERT INTO stock (code, name_kr, name_en, country, market_index, yahoo_ticker, source, observed_at)
                        VALUES ('AAPL', '애플', 'Apple Inc.', 'USA', 'NASDAQ', 'AAPL', 'test', '2021-04-16 00:00:00'),
                               ('KO', '코카콜라', 'Coca-Cola', 'USA', 'NYSE', 'KO', 'test', '2021-04-16 00:00:00'),
                               ('AMZN', '아마존', 'Amazon', 'USA', 'NASDAQ', 'AMZN', 'test', '2021-04-16 00:00:00'),
                               ('005930', '삼성전자', 'Samsung Electronics', 'Korea', 'KOSPI', '005930.KS', 'test',
                                '2021-04-16 00:00:00')
                        """).update();
        bar("AAPL", "STOCK", "2017-01-04", "29.15", "USD");
        bar("AAPL", "STOCK", "2021-04-15", "134.50", "USD");
        bar("AAPL", "STOCK", "2021-04-16", "134.16", "USD");
        bar("KO", "STOCK", "2017-01-03", "41.80", "USD");
        bar("005930", "STOCK", "2021-04-16", "83900", "KRW");
        bar("KS11", "INDEX", "2021-04-15", "3194.33", "KRW");
        bar("KS11", "INDEX", "2021-04-16", "3198.62", "KRW");
        bar("IXIC", "INDEX", "2021-04-15", "14038.76", "USD");
        bar("IXIC", "INDEX", "2021-04-16", "14052.34", "USD");
        bar("DJI", "INDEX", "2019-11-04", "27462.11", "USD");
        bar("DJI", "INDEX", "2019-11-05", "27492.63", "USD");
        bar("USDKRW", "FX", "2021-04-15", "1117.50", "KRW");
        bar("USDKRW", "FX", "2021-04-16", "1116.92", "KRW");
        latest("AAPL", "STOCK", "134.16", "USD", "2021-04-16");
        latest("KO", "STOCK", "54.20", "USD", "2021-04-16");
        latest("GOOGL", "STOCK", "2297.76", "USD", "2021-04-16");
        latest("005930", "STOCK", "83900", "KRW", "2021-04-16");
        latest("KS11", "INDEX", "3198.62", "KRW", "2021-04-16");
        latest("IXIC", "INDEX", "14052.34", "USD", "2021-04-16");
        latest("DJI", "INDEX", "27492.63", "USD", "2019-11-05");
        latest("USDKRW", "FX", "1116.92", "KRW", "2021-04-16");
    }

    private static void bar(String symbol, String kind, String date, String close, String currency) {
        market.sql("""
                        INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price, low_price,
                                               close_price, adj_close_price, volume, source, observed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1000, 'test', '2021-04-16 21:00:00')
                        """)
                .params(symbol, kind, LocalDate.parse(date), currency, close, close, close, close, close)
                .update();
    }

    private static void latest(String symbol, String kind, String price, String currency, String date) {
        market.sql("""
                        INSERT INTO latest_price (symbol, kind, price, currency, trading_date, exchange_time_zone,
                                                  source, observed_at)
                        VALUES (?, ?, ?, ?, ?, 'Asia/Seoul', 'test', '2021-04-16 21:00:00')
                        """)
                .params(symbol, kind, price, currency, LocalDate.parse(date))
                .update();
    }

    // ---- indice, tip

    @Test
    void indiceShowsTheLevelsInTheOriginalsOrderAStaleOneWithItsDateAndNamesTheIndicesWithoutALevel() {
        Answer indice = get("/api/chart/v1/indice", null);

        assertThat(indice.status()).isEqualTo(200);
        Map<String, JsonNode> byName = byName(indice.body());
        assertThat(names(indice.body())).startsWith("KS11", "DJI").doesNotContain("GSPC");
        JsonNode kospi = byName.get("KS11");
        assertThat(kospi.path("name_kr").asString()).isEqualTo("코스피");
        assertThat(kospi.path("current_value").decimalValue()).isEqualByComparingTo("3198.62");
        assertThat(kospi.path("change_percent").decimalValue()).isEqualByComparingTo("0.13"); // 4.29 / 3194.33
        assertThat(kospi.path("stale").asBoolean()).isFalse();
        JsonNode dow = byName.get("DJI");
        assertThat(dow.path("stale").asBoolean()).isTrue();
        assertThat(dow.path("as_of").asString()).isEqualTo("2019-11-05");
        assertThat(indice.missing()).contains("GSPC", "KQ11").doesNotContain("KS11", "DJI");
    }

    @Test
    void indiceIsComputedOncePerMarketChangeAndSeesACorrectedBarOnceTheProjectorBumpsTheVersion() {
        assertThat(change(get("/api/chart/v1/indice", null), "IXIC")).isEqualByComparingTo("0.10"); // 13.58 / 14038.76

        // A bar corrected, no new latest price, and the version not bumped yet: the kept chart is served (no SQL).
        market.sql("UPDATE daily_bar SET close_price = 14000 WHERE symbol = 'IXIC' AND trading_date = '2021-04-15'")
                .update();
        assertThat(change(get("/api/chart/v1/indice", null), "IXIC")).isEqualByComparingTo("0.10");

        // The projector's sink bumps the market version after the batch: the next request computes afresh.
        ProjectorSchema.bumpVersion(market);
        assertThat(change(get("/api/chart/v1/indice", null), "IXIC")).isEqualByComparingTo("0.37"); // 52.34 / 14000
    }

    @Test
    void tipIsTheOriginalsConstantAsABareJsonString() {
        Answer tip = get("/api/chart/v1/tip", null);

        assertThat(tip.status()).isEqualTo(200);
        assertThat(tip.contentType()).startsWith("application/json");
        assertThat(tip.text()).isEqualTo("\"자신이 사랑하는 일을 찾아 투자하세요.\"");
    }

    // ---- rich-portfolio, rich-pick

    @Test
    void richPortfolioSharesEachInvestorsPricedHoldingsAndNamesTickersWithoutPrices() {
        Answer rich = get("/api/chart/v1/rich-portfolio", null);

        assertThat(rich.status()).isEqualTo(200);
        // Only AAPL, KO and GOOGL have prices here; Tepper, Paulson and Peltz hold none of them.
        assertThat(names(rich.body())).containsExactly("warren-buffett", "bill-ackman", "ray-dalio", "george-soros");
        JsonNode buffett = byName(rich.body()).get("warren-buffett").path("data");
        // 300,000,000 AAPL × 134.16 and 400,000,000 KO × 54.20 (the files' counts)
        assertThat(slices(buffett)).containsExactly(Map.entry("AAPL", "64.99"), Map.entry("KO", "35.01"));
        assertThat(slices(byName(rich.body()).get("bill-ackman").path("data")))
                .containsExactly(Map.entry("GOOGL", "100.00"));
        assertThat(rich.missing()).contains("AMZN", "OXY").doesNotContain("AAPL", "KO", "GOOGL");
    }

    @Test
    void richPickNeverFailsOnAPickWithoutABarOnTheBuyDateAndNamesIt() {
        Answer pick = get("/api/chart/v1/rich-pick", null);

        assertThat(pick.status()).isEqualTo(200);
        Map<String, JsonNode> byName = byName(pick.body());
        assertThat(byName).containsOnlyKeys("애플", "코카콜라", "GOOGL");
        // AAPL has no bar on 2017-01-03: measured from the next trading day's close, 29.15.
        assertThat(byName.get("애플").path("rate").decimalValue()).isEqualByComparingTo("360.24");
        assertThat(byName.get("애플").path("price").decimalValue()).isEqualByComparingTo("149845.99"); // × 1116.92
        assertThat(byName.get("코카콜라").path("rate").decimalValue()).isEqualByComparingTo("29.67"); // from 41.80
        // GOOGL has a price but no bar at all: rate 0, named.
        assertThat(byName.get("GOOGL").path("rate").decimalValue()).isEqualByComparingTo("0");
        assertThat(pick.missing()).contains("GOOGL").doesNotContain("USDKRW", "AAPL");
    }

    // ---- people-portfolio

    @Test
    void peoplePortfolioShowsAConsentingUserByNicknameInPercentagesOnlyAndForgetsThemWhenTheyWithdraw() {
        String email = "sharer-" + UUID.randomUUID() + "@example.com";
        String alice = signUp(email);
        String aliceName = nickname(alice);
        buy(alice, "AAPL", "2021-04-15", "매수", 10, "133.20");
        buy(alice, "005930", "2021-04-16", "매수", 20, "83000");
        buy(alice, "005930", "2021-04-16", "매도", 10, "83900");
        String bob = signUp("other-" + UUID.randomUUID() + "@example.com");
        String bobName = nickname(bob);
        buy(bob, "KO", "2017-01-03", "매수", 5, "41.80");

        assertThat(names(get("/api/chart/v1/people-portfolio", null).body())).doesNotContain(aliceName, bobName);

        consent(alice, true);
        Answer shared = get("/api/chart/v1/people-portfolio", null);
        JsonNode aliceShown = byName(shared.body()).get(aliceName);
        // AAPL 10 × 134.16 × 1116.92 = 1,498,459.87 KRW; Samsung 20 − 10 sold = 10 × 83,900 = 839,000 KRW
        assertThat(slices(aliceShown.path("data")))
                .containsExactly(Map.entry("AAPL", "64.11"), Map.entry("005930", "35.89"));
        assertThat(aliceShown.propertyNames()).containsExactlyInAnyOrder("name", "data");
        assertThat(aliceShown.path("data").get(0).propertyNames()).containsExactlyInAnyOrder("name", "percent_ratio");
        assertThat(shared.text()).doesNotContain(email, "1498459", "839000", "133.2", "83000");
        assertThat(names(shared.body())).doesNotContain(bobName);

        consent(bob, true);
        assertThat(names(get("/api/chart/v1/people-portfolio", null).body())).startsWith(bobName, aliceName);

        consent(alice, false);
        List<String> afterWithdrawal =
                names(get("/api/chart/v1/people-portfolio", null).body());
        assertThat(afterWithdrawal).contains(bobName).doesNotContain(aliceName);
    }

    @Test
    void peoplePortfolioSeesATradeOfAConsentingUserAtOnce() {
        String carol = signUp("carol-" + UUID.randomUUID() + "@example.com");
        String carolName = nickname(carol);
        buy(carol, "005930", "2021-04-16", "매수", 1, "83900");
        consent(carol, true);
        assertThat(slices(byName(get("/api/chart/v1/people-portfolio", null).body())
                        .get(carolName)
                        .path("data")))
                .containsExactly(Map.entry("005930", "100.00"));

        buy(carol, "KO", "2017-01-03", "매수", 1000, "41.80");

        // KO 1000 × 54.20 × 1116.92 = 60,537,064 KRW against 83,900 KRW of Samsung
        assertThat(slices(byName(get("/api/chart/v1/people-portfolio", null).body())
                        .get(carolName)
                        .path("data")))
                .containsExactly(Map.entry("KO", "99.86"), Map.entry("005930", "0.14"));
    }

    @Test
    void theLocalRunHasConsentingDemoUsersWhoseStocksWithoutPricesAreNamed() {
        Answer people = get("/api/chart/v1/people-portfolio", null);

        // Of their stocks this market prices KO and Samsung; 성장주러버 holds AMZN (listed, no price) and no priced one.
        assertThat(names(people.body())).contains("가치투자자", "배당모으기").doesNotContain("성장주러버");
        assertThat(slices(byName(people.body()).get("가치투자자").path("data")))
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("005930", "KO");
        assertThat(people.missing()).contains("AMZN");
    }

    // ---- helpers

    record Answer(int status, String text, HttpResponse<String> raw) {

        JsonNode body() {
            return JSON.readTree(text);
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        List<String> missing() {
            return raw.headers()
                    .firstValue(MISSING)
                    .map(value -> List.of(value.split(",")))
                    .orElse(List.of());
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(entry -> names.add(entry.path("name").asString()));
        return names;
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        array.forEach(entry -> byName.put(entry.path("name").asString(), entry));
        return byName;
    }

    private static List<Map.Entry<String, String>> slices(JsonNode data) {
        List<Map.Entry<String, String>> slices = new ArrayList<>();
        data.forEach(slice -> slices.add(Map.entry(
                slice.path("name").asString(),
                slice.path("percent_ratio").decimalValue().setScale(2).toPlainString())));
        return slices;
    }

    private static java.math.BigDecimal change(Answer indice, String code) {
        return byName(indice.body()).get(code).path("change_percent").decimalValue();
    }

    private String signUp(String email) {
        Answer answer = send(
                "POST",
                "/api/auth/v1/local/signup",
                null,
                Map.of("email", email, "password", "correct horse battery staple"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body().path("access_token").asString();
    }

    private String nickname(String token) {
        String nickname = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Answer answer = send("PUT", "/api/auth/v1/nickname", token, Map.of("nickname", nickname));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return nickname;
    }

    private void buy(String token, String code, String date, String side, int quantity, String price) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stock_code", code);
        body.put("trade_date", date);
        body.put("trade", side);
        body.put("quantity", quantity);
        body.put("trade_price", new java.math.BigDecimal(price));
        body.put("purchase_currency_type", "005930".equals(code) ? "KRW" : "USD");
        body.put("account_type", "일반계좌");
        body.put("investment_bank", "토스증권");
        Answer answer = send("POST", "/api/asset/v1/assetstock", token, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    private void consent(String token, boolean sharing) {
        Answer answer = send("PUT", "/api/event/v1/portfolio", token, Map.of("sharing", sharing));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private Answer get(String path, @Nullable String token) {
        return send("GET", path, token, null);
    }

    private Answer send(String method, String path, @Nullable String token, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
