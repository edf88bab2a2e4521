package dev.ollass.api.chart.personal;

import dev.ollass.api.asset.ChartTrades;
import dev.ollass.api.cache.AnswerWithMissing;
import dev.ollass.api.cache.KeptAnswers;
import dev.ollass.api.market.MarketVersion;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Each computed personal chart, serialized, in Redis under {@code chart:personal:} — the asset table's pattern
 * ({@code AssetStockCache}): the key names everything the answer was computed from, so no key is ever updated
 * and no stale answer can be stored under a newer key:
 *
 * <ul>
 *   <li>the chart and its query ({@code performance-analysis:3month});
 *   <li>the user's change counter, the one the asset writes bump after every committed change of the user's
 *       lines, before the change is answered: the first chart read after an edit computes afresh
 *       (read-your-writes); the sample's is always 0;
 *   <li>the market's version ({@link MarketVersion}), which the projector bumps after every batch of prices,
 *       bars, rates, index levels, splits, dividends or stocks it writes, so new market data makes a new key;
 *   <li>the market clock's today.
 * </ul>
 *
 * Kept by {@link KeptAnswers}, framed as {@link AnswerWithMissing}: in Redis until {@link PersonalChartSettings#cacheTtl()}, and the answers this
 * instance computed also in its memory ({@link PersonalChartSettings#nearCache()}). Without Redis every answer is
 * computed.
 */
@Component
class PersonalChartCache {

    static final String PREFIX = "chart:personal:";

    private final StringRedisTemplate redis;
    private final KeptAnswers<AnswerWithMissing> answers;
    private final MarketVersion marketVersion;
    private final ChartTrades trades;

    PersonalChartCache(
            StringRedisTemplate redis,
            RedisConnectionFactory connections,
            MarketVersion marketVersion,
            ChartTrades trades,
            PersonalChartSettings settings) {
        this.redis = redis;
        this.answers = new KeptAnswers<>(
                "the personal charts",
                connections,
                settings.cacheTtl(),
                settings.nearCache().toBytes(),
                AnswerWithMissing.KEPT);
        this.marketVersion = marketVersion;
        this.trades = trades;
    }

    /** The chart of {@code userId} (null: the sample) as kept, or as {@code compute} makes it (then kept). */
    AnswerWithMissing answer(String chart, @Nullable Long userId, Supplier<AnswerWithMissing> compute) {
        return answers.answer(() -> key(chart, userId), compute);
    }

    private String key(String chart, @Nullable Long userId) {
        String owner = userId == null ? "sample" : userId.toString();
        String userVersion = userId == null
                ? "0"
                : Optional.ofNullable(redis.opsForValue().get(ChartTrades.versionKey(userId)))
                        .orElse("0");
        String market = marketVersion.current();
        return PREFIX + chart + ":" + owner + ":" + userVersion + ":" + market + ":" + trades.today();
    }
}
