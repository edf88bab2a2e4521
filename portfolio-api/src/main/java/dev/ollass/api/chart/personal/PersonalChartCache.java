package dev.ollass.api.chart.personal;

import dev.ollass.api.asset.ChartTrades;
import dev.ollass.api.market.MarketVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;
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
 * An answer expires after {@link PersonalChartSettings#cacheTtl()}. Without Redis every answer is computed.
 */
@Component
class PersonalChartCache {

    private static final Logger log = LoggerFactory.getLogger(PersonalChartCache.class);

    static final String PREFIX = "chart:personal:";

    /** A kept answer: the missing symbols (the response header), then the JSON body. */
    record Answer(String missing, byte[] json) {

        byte[] stored() {
            byte[] head = (missing + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(head, head.length + json.length);
            System.arraycopy(json, 0, all, head.length, json.length);
            return all;
        }

        static Answer read(byte[] stored) {
            int newline = 0;
            while (stored[newline] != '\n') {
                newline++;
            }
            return new Answer(
                    new String(stored, 0, newline, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(stored, newline + 1, stored.length));
        }
    }

    private final StringRedisTemplate redis;
    private final RedisTemplate<String, byte[]> answers;
    private final MarketVersion marketVersion;
    private final ChartTrades trades;
    private final Duration ttl;

    PersonalChartCache(
            StringRedisTemplate redis,
            RedisConnectionFactory connections,
            MarketVersion marketVersion,
            ChartTrades trades,
            PersonalChartSettings settings) {
        this.redis = redis;
        this.answers = new RedisTemplate<>();
        answers.setConnectionFactory(connections);
        answers.setKeySerializer(RedisSerializer.string());
        answers.setValueSerializer(RedisSerializer.byteArray());
        answers.afterPropertiesSet();
        this.marketVersion = marketVersion;
        this.trades = trades;
        this.ttl = settings.cacheTtl();
    }

    /** The chart of {@code userId} (null: the sample) as kept, or as {@code compute} makes it (then kept). */
    Answer answer(String chart, @Nullable Long userId, Supplier<Answer> compute) {
        if (ttl.isZero() || ttl.isNegative()) {
            return compute.get();
        }
        String key;
        try {
            key = key(chart, userId);
            byte[] stored = answers.opsForValue().get(key);
            if (stored != null) {
                return Answer.read(stored);
            }
        } catch (DataAccessException e) {
            log.warn("The personal chart cache is out of reach; computing the answer: {}", e.toString());
            return compute.get();
        }
        Answer answer = compute.get();
        try {
            answers.opsForValue().set(key, answer.stored(), ttl);
        } catch (DataAccessException e) {
            log.warn("The personal chart cache is out of reach; the answer is not kept: {}", e.toString());
        }
        return answer;
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
