package dev.ollass.api.asset;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the asset endpoints ({@code ollass.asset.*}).
 *
 * @param marketClock the market's "now" ({@code OLLASS_MARKET_CLOCK}); a trade dated on its day needs no
 *     daily bar yet. Unset: the real clock. The local run sets it to the recorded history's last day
 */
@ConfigurationProperties("ollass.asset")
public record AssetSettings(@Nullable OffsetDateTime marketClock) {}
