package dev.ollass.api.asset;

import dev.ollass.api.cache.KeptAnswers;
import dev.ollass.api.market.MarketVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The computed {@code GET /assetstock} answer of each user, serialized, in Redis under {@code asset:} (the
 * API's own prefix; {@code auth:} holds sessions, {@code market:} the projector's keys), as {@link KeptAnswers}
 * keep them.
 *
 * <p>An answer is stored under a key naming everything it was computed from: the user's version (a counter
 * {@link #changed(long)} bumps after every committed change of the user's lines or columns, before the
 * change is answered: the next GET reads the change), the market's version ({@link MarketVersion}: every batch of
 * prices, bars, rates, splits or dividends the projector writes makes a new key) and the market's today. An
 * answer expires after {@link AssetSettings#assetStockCacheTtl()}; the answers this instance computed are also
 * kept in its memory ({@link AssetSettings#assetStockNearCache()}), so a warm GET reads the user's counter and
 * no answer over the network.
 */
@Component
class AssetStockCache {

    private static final Logger log = LoggerFactory.getLogger(AssetStockCache.class);

    static final String PREFIX = "asset:assetstock:";

    private final StringRedisTemplate redis;
    private final KeptAnswers<byte[]> answers;
    private final MarketVersion marketVersion;
    private final MarketToday today;
    private final Duration ttl;

    AssetStockCache(
            StringRedisTemplate redis,
            RedisConnectionFactory connections,
            MarketVersion marketVersion,
            MarketToday today,
            AssetSettings settings) {
        this.redis = redis;
        this.ttl = settings.assetStockCacheTtl();
        this.answers = new KeptAnswers<>(
                "the asset table",
                connections,
                ttl,
                settings.assetStockNearCache().toBytes(),
                KeptAnswers.Form.BYTES);
        this.marketVersion = marketVersion;
        this.today = today;
    }

    /**
     * The user's answer, gzip-compressed (a 10,000-line table is ~5 MB of JSON, ~15 times less gzipped), as
     * stored, or as {@code compute} makes it (then stored).
     */
    byte[] answer(long userId, Supplier<byte[]> compute) {
        return answers.answer(() -> key(userId), compute);
    }

    /** The user's lines or columns changed (committed): the next GET computes its answer afresh. */
    void changed(long userId) {
        try {
            redis.opsForValue().increment(versionKey(userId));
        } catch (DataAccessException e) {
            // The stored answers then stay until they expire: say so loudly.
            log.error(
                    "The asset table cache of user {} could not be marked stale; it may answer the old table for up"
                            + " to {}: {}",
                    userId,
                    ttl,
                    e.toString());
        }
    }

    private String key(long userId) {
        String userVersion =
                Optional.ofNullable(redis.opsForValue().get(versionKey(userId))).orElse("0");
        String market = marketVersion.current();
        LocalDate day = today.today();
        return PREFIX + userId + ":" + userVersion + ":" + market + ":" + day;
    }

    static String versionKey(long userId) {
        return PREFIX + userId + ":version";
    }
}
