package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.ProjectorSchema;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
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
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The market endpoints on the real local stack, reading the {@code market} schema that the chart
 * projector's own migrations create (read from its module, so the two cannot drift) and the Redis
 * keys it writes: each series within its kind, codes matched in any case, prices digit for digit.
 */
@UsesLocalStack
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MarketSeriesOnTheLocalStackTest {

    private static final String SCHEMA = "market_api_test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl(SCHEMA));
    }

    /** The projector's schema and rows as its sinks write them (the API itself may only read). */
    @BeforeAll
    static void projectSomeMarketData() {
        var projector = ProjectorSchema.fresh(SCHEMA);
        JdbcClient sql = JdbcClient.create(projector);
        sql.sql("""
                        INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price, low_price,
                                               close_price, adj_close_price, volume, source, observed_at)
                        VALUES ('AAPL', 'STOCK', '2020-11-06', 'USD', 118.31999969482422, 119.19999694824219,
                                116.12999725341797, 118.69000244140625, 115.93415069580078, 114457900, 'test',
                                '2020-11-07 02:00:00'),
                               ('KS11', 'INDEX', '2021-04-16', 'KRW', 3187.419921875, 3203.25, 3183.830078125,
                                3198.6201171875, 3198.6201171875, 1012000, 'test', '2021-04-16 08:00:00'),
                               ('USDKRW', 'FX', '2021-04-16', 'KRW', 1121.18994140625, 1122.3399658203125,
                                1115.1099853515625, 1116.9200439453125, 1116.9200439453125, 0, 'test',
                                '2021-04-16 14:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price, low_price,
                                               close_price, adj_close_price, volume, source, observed_at,
                                               suspect_reasons)
                        VALUES ('USDKRW', 'FX', '2021-03-19', 'KRW', 1127.050049, 1134.380005, 1126.670044, 1126.109985, 1126.109985, 0,
                                'test', '2021-04-16 14:00:00', 'CLOSE_OUTSIDE_RANGE'),
                               ('GSPC', 'INDEX', '2020-03-16', 'USD', 2508.590088, 2562.97998, 2380.939941,
                                2386.129883, 2386.129883, 7781540000, 'test', '2021-04-16 14:00:00',
                                'OPEN_OUTSIDE_RANGE,LARGE_MOVE')
                        """).update();
        sql.sql("""
                        INSERT INTO latest_price (symbol, kind, price, currency, trading_date, exchange_time_zone,
                                                  source, observed_at)
                        VALUES ('KS11', 'INDEX', 3198.6201171875, 'KRW', '2021-04-16', 'Asia/Seoul', 'test',
                                '2021-04-16 08:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO dividend (symbol, ex_date, amount, currency, source, observed_at)
                        VALUES ('AAPL', '2020-11-06', 0.205, 'USD', 'test', '2020-11-07 02:00:00'),
                               ('AAPL', '2020-08-07', 0.82, 'USD', 'test', '2020-11-07 02:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO split (symbol, ex_date, numerator, denominator, source, observed_at)
                        VALUES ('AAPL', '2020-08-31', 4, 1, 'test', '2020-11-07 02:00:00')
                        """).update();
    }

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Test
    void servesEachSeriesWithinItsKindDigitForDigit() throws Exception {
        assertThat(get("/api/market/v1/stocks/aapl/daily?start=2020-11-06").body())
                .contains("\"close_price\":118.69000244140625")
                .contains("\"adj_close_price\":115.93415069580078");
        assertThat(get("/api/market/v1/indices/ks11/daily").body())
                .contains("\"code\":\"KS11\"")
                .contains("\"close_price\":3198.6201171875,");
        assertThat(get("/api/market/v1/fx/USDKRW/daily?start=2021-04-16&end=2021-04-16")
                        .body())
                .contains("\"close_price\":1116.9200439453125,");
        assertThat(get("/api/market/v1/fx/USDKRW/daily?start=2021-04-16&end=2021-04-16")
                        .body())
                .contains("\"suspect\":false,\"suspect_reasons\":[]");
        // An index is no stock, a stock no index.
        assertThat(get("/api/market/v1/stocks/KS11/daily").statusCode()).isEqualTo(404);
        assertThat(get("/api/market/v1/indices/AAPL/latest").statusCode()).isEqualTo(404);
    }

    @Test
    void servesASuspectBarWithItsReasonsAsTheProjectorWroteThem() throws Exception {
        assertThat(get("/api/market/v1/fx/usdkrw/daily?start=2021-03-19&end=2021-03-19")
                        .body())
                .isEqualTo("[{\"code\":\"USDKRW\",\"date\":\"2021-03-19\",\"opening_price\":1127.050049,"
                        + "\"highest_price\":1134.380005,\"lowest_price\":1126.670044,\"close_price\":1126.109985,"
                        + "\"adj_close_price\":1126.109985,\"trade_volume\":0,\"currency\":\"KRW\",\"suspect\":true,"
                        + "\"suspect_reasons\":[\"CLOSE_OUTSIDE_RANGE\"]}]");
        assertThat(get("/api/market/v1/indices/GSPC/daily?start=2020-03-16&end=2020-03-16")
                        .body())
                .contains("\"suspect\":true,\"suspect_reasons\":[\"OPEN_OUTSIDE_RANGE\",\"LARGE_MOVE\"]");
    }

    @Test
    void servesTheLatestValueFromRedisUnderItsKindsKeyAndFromMySqlWithout() throws Exception {
        redis.opsForValue()
                .set(
                        MarketRedisKeys.latest(InstrumentKind.FX, "USDKRW"),
                        json.writeValueAsString(new LatestPrice(
                                "USDKRW",
                                new BigDecimal("1116.9200439453125"),
                                "KRW",
                                LocalDate.of(2021, 4, 16),
                                "Europe/London",
                                "test",
                                Instant.parse("2021-04-16T14:00:00Z"),
                                InstrumentKind.FX)));

        assertThat(get("/api/market/v1/fx/usdkrw/latest").body())
                .isEqualTo("{\"code\":\"USDKRW\",\"price\":1116.9200439453125,\"currency\":\"KRW\","
                        + "\"date\":\"2021-04-16\",\"observed_at\":\"2021-04-16T14:00:00Z\"}");
        assertThat(get("/api/market/v1/indices/KS11/latest").body())
                .contains("\"price\":3198.6201171875,")
                .contains("\"observed_at\":\"2021-04-16T08:00:00Z\"");
        assertThat(get("/api/market/v1/stocks/USDKRW/latest").statusCode()).isEqualTo(404);
    }

    @Test
    void servesDividendsAndSplitsOldestFirst() throws Exception {
        assertThat(get("/api/market/v1/stocks/aapl/dividends").body())
                .isEqualTo("[{\"code\":\"AAPL\",\"ex_date\":\"2020-08-07\",\"amount\":0.82,\"currency\":\"USD\"},"
                        + "{\"code\":\"AAPL\",\"ex_date\":\"2020-11-06\",\"amount\":0.205,\"currency\":\"USD\"}]");
        assertThat(get("/api/market/v1/stocks/AAPL/splits").body())
                .isEqualTo("[{\"code\":\"AAPL\",\"ex_date\":\"2020-08-31\",\"numerator\":4,\"denominator\":1}]");
        assertThat(get("/api/market/v1/stocks/KS11/splits").statusCode()).isEqualTo(404);
        assertThat(get("/api/market/v1/stocks/NOPE/dividends").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
