package dev.ollass.projector.current;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.MarketRedisKeys;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current prices in Redis: under the {@link MarketRedisKeys#current} key of each one's kind, a
 * hash of its JSON (written by the application's mapper, prices as plain decimals) and its {@code
 * asOf}. The comparison and the write are one script, so Redis itself keeps the newer answer, whatever
 * order answers are replayed or re-uploaded in; an answer as old as the stored one replaces it (the
 * same answer read again).
 */
@Component
class CurrentPriceCache {

    private static final RedisScript<Long> PUT_IF_NOT_OLDER = RedisScript.of("""
            local stored = redis.call('HGET', KEYS[1], ARGV[1])
            if stored and tonumber(stored) > tonumber(ARGV[2]) then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    CurrentPriceCache(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Stores each price unless Redis holds a newer one of its kind and code; returns how many were stored. */
    int putUnlessOlder(List<CurrentPrice> prices) {
        int stored = 0;
        for (CurrentPrice price : prices) {
            Long written = redis.execute(
                    PUT_IF_NOT_OLDER,
                    List.of(MarketRedisKeys.current(price.kind(), price.symbol())),
                    MarketRedisKeys.CURRENT_AS_OF_FIELD,
                    Long.toString(price.asOf().toEpochMilli()),
                    MarketRedisKeys.CURRENT_JSON_FIELD,
                    json.writeValueAsString(price));
            if (written != null && written == 1L) {
                stored++;
            }
        }
        return stored;
    }
}
