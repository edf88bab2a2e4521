package dev.ollass.api.asset;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the asset endpoints ({@code ollass.asset.*}).
 *
 * @param marketClock the market's "now" ({@code OLLASS_MARKET_CLOCK}); a trade dated on its day needs no
 *     daily bar yet. Unset: the real clock. The local run sets it to the recorded history's last day
 * @param csvMaxBytes the largest CSV a user may import ({@code OLLASS_ASSET_CSV_MAX_BYTES}); larger: 413
 * @param csvMaxRows the most lines one CSV import may hold ({@code OLLASS_ASSET_CSV_MAX_ROWS}); more: 413
 */
@ConfigurationProperties("ollass.asset")
public record AssetSettings(
        @Nullable OffsetDateTime marketClock,
        @DefaultValue("1MB") DataSize csvMaxBytes,
        @DefaultValue("10000") int csvMaxRows) {}
