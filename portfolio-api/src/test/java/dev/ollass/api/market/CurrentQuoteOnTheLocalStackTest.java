package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketRedisKeys;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current-price endpoints on the real local stack, reading the hashes the chart projector writes
 * ({@link MarketRedisKeys#current}): each kind under its own key, codes in any case, the price digit
 * for digit, and an RFC 9457 404 when there is none.
 */
@UsesLocalStack
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CurrentQuoteOnTheLocalStackTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant AS_OF = Instant.ofEpochMilli(1604488004492L);
    private static final Instant READ_AT = Instant.parse("2026-12-01T00:00:00Z");

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market_current_api_test"));
    }

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    // A code of this run only: Redis lives as long as the test JVM's stack.
    private final String code =
            "Q" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @Test
    void servesAStocksCurrentPriceAndAnIndexsLevelEachUnderItsKind() throws Exception {
        project(new CurrentPrice(
                code, InstrumentKind.STOCK, new BigDecimal("58500"), "KRW", "CLOSE", AS_OF, "naver-polling", READ_AT));
        project(new CurrentPrice(
                code, InstrumentKind.INDEX, new BigDecimal("2345.26"), "KRW", null, AS_OF, "naver-polling", READ_AT));

        HttpResponse<String> stock = get("/api/market/v1/stocks/" + code.toLowerCase() + "/current");
        assertThat(stock.statusCode()).isEqualTo(200);
        assertThat(stock.body())
                .isEqualTo(
                        "{\"code\":\"" + code + "\",\"price\":58500,\"currency\":\"KRW\",\"market_status\":\"CLOSE\","
                                + "\"as_of\":\"2020-11-04T11:06:44.492Z\",\"observed_at\":\"2026-12-01T00:00:00Z\","
                                + "\"source\":\"naver-polling\"}");
        assertThat(get("/api/market/v1/indices/" + code + "/current").body())
                .contains("\"price\":2345.26,")
                .contains("\"market_status\":null");
    }

    @Test
    void answersAProblemWhenThereIsNoCurrentPrice() throws Exception {
        project(new CurrentPrice(
                code,
                InstrumentKind.INDEX,
                new BigDecimal("2345.26"),
                "KRW",
                "CLOSE",
                AS_OF,
                "naver-polling",
                READ_AT));

        // An index is no stock.
        HttpResponse<String> response = get("/api/market/v1/stocks/" + code + "/current");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"https://ollass.dev/problems/market-data-not-found\"")
                .contains("\"status_code\":404");
        assertThat(get("/api/market/v1/indices/NOPE" + code + "/current").statusCode())
                .isEqualTo(404);
    }

    /** What the chart projector's current-price sink writes. */
    private void project(CurrentPrice price) {
        redis.opsForHash()
                .putAll(
                        MarketRedisKeys.current(price.kind(), price.symbol()),
                        Map.of(
                                MarketRedisKeys.CURRENT_AS_OF_FIELD,
                                Long.toString(price.asOf().toEpochMilli()),
                                MarketRedisKeys.CURRENT_JSON_FIELD,
                                json.writeValueAsString(price)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
