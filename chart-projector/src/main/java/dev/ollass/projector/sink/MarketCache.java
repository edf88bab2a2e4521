package dev.ollass.projector.sink;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.topic.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The hot copy of the projections in Redis, pre-serialized so the API can hand the bytes over as
 * they are. Keys belong to the projector ({@code market:} prefix):
 *
 * <ul>
 *   <li>{@code market:latest-price:<symbol>}: the {@link LatestPrice} JSON;
 *   <li>{@code market:daily-bar:<symbol>}: a hash of trading date to {@link DailyBar} JSON.
 * </ul>
 */
@Component
public class MarketCache {

    public static final String LATEST_PRICE_PREFIX = "market:latest-price:";
    public static final String DAILY_BAR_PREFIX = "market:daily-bar:";

    private final StringRedisTemplate redis;

    MarketCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void putDailyBars(List<DailyBar> bars) {
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (DailyBar bar : bars) {
                connection
                        .hashCommands()
                        .hSet(
                                bytes(DAILY_BAR_PREFIX + bar.symbol()),
                                bytes(bar.tradingDate().toString()),
                                json(bar));
            }
            return null;
        });
    }

    public void putLatestPrices(List<LatestPrice> prices) {
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (LatestPrice price : prices) {
                set(connection, LATEST_PRICE_PREFIX + price.symbol(), json(price));
            }
            return null;
        });
    }

    private static void set(RedisConnection connection, String key, byte[] value) {
        connection.stringCommands().set(bytes(key), value);
    }

    private static byte[] json(Object value) {
        return JsonSerde.mapper().writeValueAsBytes(value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
