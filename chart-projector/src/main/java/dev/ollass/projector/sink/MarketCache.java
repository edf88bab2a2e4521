package dev.ollass.projector.sink;

import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.MarketRedisKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot copy of the latest prices, index levels and exchange rates in Redis, as JSON written by the
 * application's mapper (prices as plain decimals: {@code spring.jackson.*} in
 * {@code application.properties}), under the {@link MarketRedisKeys} of each one's kind.
 */
@Component
public class MarketCache {

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    MarketCache(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public void putLatestPrices(List<LatestPrice> prices) {
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (LatestPrice price : prices) {
                connection
                        .stringCommands()
                        .set(
                                bytes(MarketRedisKeys.latest(price.kind(), price.symbol())),
                                json.writeValueAsBytes(price));
            }
            return null;
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
