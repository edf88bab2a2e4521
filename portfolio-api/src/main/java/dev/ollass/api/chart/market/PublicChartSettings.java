package dev.ollass.api.chart.market;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public charts ({@code ollass.chart.*}).
 *
 * @param richBoughtOn the date the famous investors' holdings count as bought ({@code OLLASS_RICH_BOUGHT_ON},
 *     default 2017-01-03: the first US trading day of the recorded price history's common window, 2017-01-02 ..
 *     2021-04-16, in place of the original's 2024-08-16, which that history does not reach); {@code rich-pick}'s
 *     rate is measured from the close of this date (or the first trading day after it)
 * @param publicCacheTtl how long a computed public chart is kept in Redis ({@code OLLASS_PUBLIC_CHART_CACHE_TTL},
 *     default 1 h; 0 turns the cache off). A consent or a consenting user's change is seen at once, new market
 *     data within half a second of the projector writing it (they change the key)
 * @param peopleLimit how many consenting users {@code people-portfolio} shows ({@code OLLASS_PEOPLE_PORTFOLIO_LIMIT},
 *     default 8: the original's {@code PORTFOLIO_SHARE_LIMIT})
 * @param sharersVersionRefresh how often an instance reads the version of the consents and the consenting users'
 *     lines that {@code people-portfolio} is kept by (default 500 ms): a consent, or a consenting user's change,
 *     shows in the chart at most this late. Read per request, it was a twentieth of the API's CPU under load
 * @param publicNearCache how many bytes of the public charts each instance also keeps in its own memory (default
 *     8 MB; 0 turns it off): a warm request then reads no chart from Redis
 */
@ConfigurationProperties("ollass.chart")
public record PublicChartSettings(
        @DefaultValue("2017-01-03") LocalDate richBoughtOn,
        @DefaultValue("1h") Duration publicCacheTtl,
        @DefaultValue("8") int peopleLimit,
        @DefaultValue("500ms") Duration sharersVersionRefresh,
        @DefaultValue("8MB") DataSize publicNearCache) {}
