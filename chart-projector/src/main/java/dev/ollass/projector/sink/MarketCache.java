package dev.ollass.projector.sink;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.MarketRedisKeys;
import dev.ollass.contracts.topic.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The hot copy of the projections in Redis, as JSON, under the {@link MarketRedisKeys}. */
@Component
public class MarketCache {

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
                                bytes(MarketRedisKeys.dailyBars(bar.symbol())),
                                bytes(bar.tradingDate().toString()),
                                json(bar));
            }
            return null;
        });
    }

    public void putLatestPrices(List<LatestPrice> prices) {
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (LatestPrice price : prices) {
                connection.stringCommands().set(bytes(MarketRedisKeys.latestPrice(price.symbol())), json(price));
            }
            return null;
        });
    }

    private static byte[] json(Object value) {
        return JsonSerde.mapper().writeValueAsBytes(value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
