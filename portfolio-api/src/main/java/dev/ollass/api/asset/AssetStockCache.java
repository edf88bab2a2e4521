package dev.ollass.api.asset;

import dev.ollass.api.market.MarketVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.stereotype.Component;

/**
 * The computed {@code GET /assetstock} answer of each user, serialized, in Redis under {@code asset:} (the
 * API's own prefix; {@code auth:} holds sessions, {@code market:} the projector's keys).
 *
 * <p>An answer is stored under a key naming everything it was computed from: the user's version (a counter
 * {@link #changed(long)} bumps after every committed change of the user's lines or columns, before the
 * change is answered: the next GET reads the change), the market's version ({@link MarketVersion}: every batch of
 * prices, bars, rates, splits or dividends the projector writes makes a new key) and the market's today. A key is
 * never updated, so no GET can store an answer older than its key, whatever runs at the same time; an answer
 * expires after {@link AssetSettings#assetStockCacheTtl()}. Without Redis the answer is computed each time.
 *
 * <p>Because a key is never reused for another answer, the answers this instance computes are also kept in
 * its memory ({@link AssetSettings#assetStockNearCache()}) until they expire in Redis: a warm GET then reads the
 * two versions (one Redis key, one SQL row) and no answer over the network. An answer another instance
 * computed is read from Redis.
 */
@Component
class AssetStockCache {

    private static final Logger log = LoggerFactory.getLogger(AssetStockCache.class);

    static final String PREFIX = "asset:assetstock:";

    private final StringRedisTemplate redis;
    private final RedisTemplate<String, byte[]> answers;
    private final MarketVersion marketVersion;
    private final MarketToday today;
    private final Duration ttl;
    private final NearCache near;

    AssetStockCache(
            StringRedisTemplate redis,
            RedisConnectionFactory connections,
            MarketVersion marketVersion,
            MarketToday today,
            AssetSettings settings) {
        this.redis = redis;
        this.answers = new RedisTemplate<>();
        answers.setConnectionFactory(connections);
        answers.setKeySerializer(RedisSerializer.string());
        answers.setValueSerializer(RedisSerializer.byteArray());
        answers.afterPropertiesSet();
        this.marketVersion = marketVersion;
        this.today = today;
        this.ttl = settings.assetStockCacheTtl();
        this.near = new NearCache(settings.assetStockNearCache().toBytes());
    }

    /**
     * The user's answer, gzip-compressed (a 10,000-line table is ~5 MB of JSON, ~15 times less gzipped), as
     * stored, or as {@code compute} makes it (then stored).
     */
    byte[] answer(long userId, Supplier<byte[]> compute) {
        if (ttl.isZero() || ttl.isNegative()) {
            return compute.get();
        }
        String key;
        try {
            key = key(userId);
            byte[] kept = near.get(key);
            if (kept != null) {
                return kept;
            }
            byte[] stored = answers.opsForValue().get(key);
            if (stored != null) {
                return stored;
            }
        } catch (DataAccessException e) {
            log.warn("The asset table cache is out of reach; computing the answer: {}", e.toString());
            return compute.get();
        }
        byte[] answer = compute.get();
        try {
            long expires = System.nanoTime() + ttl.toNanos();
            answers.opsForValue().set(key, answer, ttl);
            near.put(key, answer, expires);
        } catch (DataAccessException e) {
            log.warn("The asset table cache is out of reach; the answer is not kept: {}", e.toString());
        }
        return answer;
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
