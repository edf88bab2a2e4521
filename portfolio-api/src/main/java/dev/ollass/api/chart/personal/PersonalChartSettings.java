package dev.ollass.api.chart.personal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the personal charts ({@code ollass.chart.personal.*}).
 *
 * @param cacheTtl how long a computed chart answer is kept in Redis ({@code OLLASS_PERSONAL_CHART_CACHE_TTL},
 *     default 60 s; 0 turns the cache off). A change of the user's lines is seen at once, new market data
 *     within half a second of the projector writing it ({@link dev.ollass.api.market.MarketVersion})
 * @param nearCache how many bytes of the answers it computed each instance also keeps in its own memory
 *     (default 32 MB; 0 turns it off): a warm request then reads the
 *     user's counter and no answer from Redis
 */
@ConfigurationProperties("ollass.chart.personal")
public record PersonalChartSettings(
        @DefaultValue("60s") Duration cacheTtl,
        @DefaultValue("32MB") DataSize nearCache) {}
