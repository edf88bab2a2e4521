package dev.ollass.api.holding.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the market history kept in memory ({@code ollass.market-history.*}, see {@link KeptMarketHistory}).
 *
 * @param keepFor how long the market history read for one market version is kept in this instance's memory
 *     ({@code OLLASS_MARKET_HISTORY_KEEP_FOR}, default 60 s, as long as an asset table is kept; 0 turns it off):
 *     new market data is a new version ({@code MarketVersion}) and is seen as soon as the version is read
 * @param keptBars how many daily bars (and dates known to have none) are kept at most
 *     ({@code OLLASS_MARKET_HISTORY_KEPT_BARS}, default 200,000, some 50 MB): beyond them the bars a portfolio
 *     needs are read for it alone
 */
@ConfigurationProperties("ollass.market-history")
public record MarketHistorySettings(
        @DefaultValue("60s") Duration keepFor,
        @DefaultValue("200000") int keptBars) {}
