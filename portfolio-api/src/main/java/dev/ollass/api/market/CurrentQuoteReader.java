package dev.ollass.api.market;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketRedisKeys;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the chart projector's current prices from Redis, the only place they are kept: the {@link
 * CurrentPrice} JSON in the hash under {@link MarketRedisKeys#current}. Read-only; codes arrive
 * normalized ({@link MarketCodes}).
 */
@Component
class CurrentQuoteReader {

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    CurrentQuoteReader(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    Optional<CurrentQuote> current(InstrumentKind kind, String code) {
        Object cached = redis.opsForHash().get(MarketRedisKeys.current(kind, code), MarketRedisKeys.CURRENT_JSON_FIELD);
        if (cached == null) {
            return Optional.empty();
        }
        CurrentPrice price = json.readValue(cached.toString(), CurrentPrice.class);
        return Optional.of(new CurrentQuote(
                price.symbol(),
                price.price(),
                price.currency(),
                price.marketStatus(),
                price.asOf(),
                price.observedAt(),
                price.source()));
    }
}
