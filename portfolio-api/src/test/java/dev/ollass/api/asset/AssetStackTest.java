package dev.ollass.api.asset;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole API on the real local stack over {@link AssetMarket}, with the market clock of the local run
 * (2021-04-16 in Seoul). The asset suites share this one context.
 */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"ollass.auth.outbox-interval=1h", "ollass.asset.market-clock=2021-04-16T23:00:00+09:00"})
abstract class AssetStackTest {

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl(AssetMarket.SCHEMA));
    }

    private static boolean seeded;

    @BeforeAll
    static void market() {
        synchronized (AssetStackTest.class) {
            if (!seeded) {
                AssetMarket.seed();
                seeded = true;
            }
        }
    }

    @LocalServerPort
    int port;

    AssetHttp api;

    @BeforeEach
    void client() {
        api = new AssetHttp(port);
    }

    /** A POST/PUT body of the original's fields; nulls left out. */
    static Map<String, Object> trade(
            @Nullable Long id,
            String code,
            @Nullable String date,
            @Nullable String side,
            @Nullable Object quantity,
            @Nullable Object price,
            @Nullable String currency,
            @Nullable String memo) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("stock_code", code);
        putIfSet(body, "trade_date", date);
        putIfSet(body, "trade", side);
        putIfSet(body, "quantity", quantity);
        putIfSet(body, "trade_price", price);
        putIfSet(body, "purchase_currency_type", currency);
        putIfSet(body, "memo", memo);
        body.put("account_type", "일반계좌");
        body.put("investment_bank", "토스증권");
        return body;
    }

    private static void putIfSet(Map<String, Object> body, String key, @Nullable Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
