package dev.ollass.api.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The current price of a stock, or level of an index, as the source's current-price answer last gave
 * it (Naver's polling JSON), unlike {@link CurrentPrice}, which is the close of the newest trading date.
 *
 * @param price exact, as the source gave it, in {@code currency} (an index in points)
 * @param marketStatus the source's market state, e.g. {@code OPEN} or {@code CLOSE}; null when it said none
 * @param asOf when the source computed the answer
 * @param observedAt when the source was read
 * @param source where it came from, e.g. {@code naver-polling}
 */
public record CurrentQuote(
        String code,
        BigDecimal price,
        String currency,
        @JsonProperty("market_status") @Nullable String marketStatus,
        @JsonProperty("as_of") Instant asOf,
        @JsonProperty("observed_at") Instant observedAt,
        String source) {}
