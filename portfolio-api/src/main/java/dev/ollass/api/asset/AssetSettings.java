package dev.ollass.api.asset;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the asset endpoints ({@code ollass.asset.*}).
 *
 * @param marketClock the market's "now" ({@code OLLASS_MARKET_CLOCK}); a trade dated on its day needs no
 *     daily bar yet. Unset: the real clock. The local run sets it to the recorded history's last day
 * @param assetStockCacheTtl how long a computed {@code GET /assetstock} answer is kept in Redis
 *     ({@code OLLASS_ASSETSTOCK_CACHE_TTL}, default 60 s; 0 turns the cache off). A change of the user's lines
 *     or columns and a new latest price are seen at once; a corrected daily bar, split or dividend that comes
 *     without a new latest price is seen at the latest after this long
 */
@ConfigurationProperties("ollass.asset")
public record AssetSettings(
        @Nullable OffsetDateTime marketClock,
        @DefaultValue("60s") Duration assetStockCacheTtl) {}
