package dev.ollass.api.asset;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the asset endpoints ({@code ollass.asset.*}).
 *
 * @param marketClock the market's "now" ({@code OLLASS_MARKET_CLOCK}); a trade dated on its day needs no
 *     daily bar yet. Unset: the real clock. The local run sets it to the recorded history's last day
 * @param assetStockCacheTtl how long a computed {@code GET /assetstock} answer is kept in Redis
 *     ({@code OLLASS_ASSETSTOCK_CACHE_TTL}, default 60 s; 0 turns the cache off). A change of the user's lines
 *     or columns is seen at once; new market data (a price, a corrected daily bar, a split or a dividend) within
 *     half a second of the projector writing it ({@link dev.ollass.api.market.MarketVersion})
 * @param assetStockNearCache how many bytes of kept answers each API instance also holds in its own memory
 *     ({@code OLLASS_ASSETSTOCK_NEAR_CACHE}, default 32 MB; 0 turns it off): a warm
 *     GET then reads no answer from Redis, only the two versions its key names. A kept answer's key is never
 *     reused for another answer, so a copy in memory is never stale
 */
@ConfigurationProperties("ollass.asset")
public record AssetSettings(
        @Nullable OffsetDateTime marketClock,
        @DefaultValue("60s") Duration assetStockCacheTtl,
        @DefaultValue("32MB") DataSize assetStockNearCache) {

    @ConstructorBinding
    public AssetSettings {}

    /** The settings before the near cache, with its default. */
    public AssetSettings(@Nullable OffsetDateTime marketClock, Duration assetStockCacheTtl) {
        this(marketClock, assetStockCacheTtl, DataSize.ofMegabytes(32));
    }
}
