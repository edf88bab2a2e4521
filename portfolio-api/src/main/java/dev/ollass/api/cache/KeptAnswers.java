package dev.ollass.api.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Computed answers, serialized, in Redis for {@code ttl}, and those this instance computed also in its own memory
 * (up to a number of bytes, until the same expiry), so that a warm read moves no answer over the network.
 *
 * <p>Only for keys that name everything their answer was computed from (the user's change counter, the market
 * version, the day): a key is never written with another answer, so no reader can store an answer older than its
 * key, whatever runs at the same time, and a copy in memory is as fresh as the one in Redis. Without Redis (a key
 * part or the answer out of reach) every answer is computed; a TTL of 0 turns keeping off.
 *
 * @param <T> the answers, stored in Redis in their {@link Form}, kept in memory as they are
 */
public final class KeptAnswers<T> {

    /**
     * How answers are kept: their bytes in Redis, the answer those bytes make, and about how many bytes one takes in
     * memory.
     */
    public record Form<T>(Function<T, byte[]> bytes, Function<byte[], T> read, ToIntFunction<T> weight) {

        /** Answers that are bytes already (a serialized body), kept as they are. */
        public static final Form<byte[]> BYTES =
                new Form<>(answer -> answer, stored -> stored, answer -> answer.length);
    }

    private static final Logger log = LoggerFactory.getLogger(KeptAnswers.class);

    private final String name;
    private final RedisTemplate<String, byte[]> redis;
    private final Duration ttl;
    private final Form<T> form;
    private final @Nullable Cache<String, T> near;

    /**
     * @param name what the answers are, for the log ("the asset table")
     * @param nearBytes how many bytes of answers this instance keeps in memory; 0: none
     * @param form how an answer is stored in Redis
     */
    public KeptAnswers(String name, RedisConnectionFactory connections, Duration ttl, long nearBytes, Form<T> form) {
        this.name = name;
        this.form = form;
        this.redis = new RedisTemplate<>();
        redis.setConnectionFactory(connections);
        redis.setKeySerializer(RedisSerializer.string());
        redis.setValueSerializer(RedisSerializer.byteArray());
        redis.afterPropertiesSet();
        this.ttl = ttl;
        this.near = nearBytes <= 0 || !keeps()
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(nearBytes)
                        .weigher((String key, T answer) -> form.weight().applyAsInt(answer) + 2 * key.length())
                        .expireAfterWrite(ttl)
                        .build();
    }

    /** The answer kept under the key {@code key} makes, else {@code compute}'s (then kept). */
    public T answer(Supplier<String> key, Supplier<T> compute) {
        if (!keeps()) {
            return compute.get();
        }
        String named;
        try {
            named = key.get();
            @Nullable T kept = near == null ? null : near.getIfPresent(named);
            if (kept != null) {
                return kept;
            }
            byte[] stored = redis.opsForValue().get(named);
            if (stored != null) {
                return form.read().apply(stored);
            }
        } catch (DataAccessException e) {
            log.warn("The cache of {} is out of reach; computing the answer: {}", name, e.toString());
            return compute.get();
        }
        T answer = compute.get();
        try {
            redis.opsForValue().set(named, form.bytes().apply(answer), ttl);
            if (near != null) {
                near.put(named, answer);
            }
        } catch (DataAccessException e) {
            log.warn("The cache of {} is out of reach; the answer is not kept: {}", name, e.toString());
        }
        return answer;
    }

    private boolean keeps() {
        return !(ttl.isZero() || ttl.isNegative());
    }
}
