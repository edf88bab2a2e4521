package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The notifications waiting to be e-mailed and those already handled, in Redis, where every notifier instance
 * sees them and a restart finds them again (Redis keeps them on disk: append-only file). Keys under {@code
 * alert-notifier:market-gap:}:
 *
 * <ul>
 *   <li>{@code waiting} (hash) and {@code arrivals} (sorted set): each waiting event by its notification key, and
 *       when it arrived;
 *   <li>{@code handled:<notification key>}: {@code sent ...} once the SMTP server accepted its e-mail, or why it
 *       needed none; kept for the dedup window;
 *   <li>{@code lease}: the instance sending right now, expiring on its own;
 *   <li>{@code retry} (hash): failed tries of the current outage and when to try next.
 * </ul>
 *
 * Queueing and settling are each one Lua script, so an event is never both waiting and handled: a re-delivered
 * event finds it waiting (and is not queued twice) or handled (and is dropped), whatever instance does what.
 */
@Component
class AlertQueue {

    static final String PREFIX = "alert-notifier:market-gap:";
    static final String WAITING = PREFIX + "waiting";
    static final String ARRIVALS = PREFIX + "arrivals";
    static final String HANDLED = PREFIX + "handled:";
    static final String LEASE = PREFIX + "lease";
    static final String RETRY = PREFIX + "retry";
    static final String SENT = "sent";

    private static final RedisScript<Long> ENQUEUE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 1 then
              redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
              return 1
            end
            return 2
            """, Long.class);

    private static final RedisScript<Long> SETTLE = RedisScript.of("""
            for i = 4, #ARGV do
              if ARGV[2] ~= '' then redis.call('SET', ARGV[1] .. ARGV[i], ARGV[2], 'PX', ARGV[3]) end
              redis.call('HDEL', KEYS[1], ARGV[i])
              redis.call('ZREM', KEYS[2], ARGV[i])
            end
            return #ARGV - 3
            """, Long.class);

    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, Long.class);

    /** What queueing one event did. */
    enum Queued {
        /** It was sent (or needed no e-mail) before: dropped. */
        ALREADY_HANDLED,
        /** It waits to be sent. */
        QUEUED,
        /** The same notification was waiting already. */
        ALREADY_WAITING
    }

    /** A waiting event and when it first arrived. */
    record Waiting(MarketDataGap gap, Instant arrivedAt) {}

    /** The failed tries of the current outage. */
    record RetryState(int failures, Instant nextTry, Instant firstFailure) {}

    private final StringRedisTemplate redis;

    AlertQueue(StringRedisTemplate redis) {
        this.redis = redis;
    }

    Queued enqueue(MarketDataGap gap, Instant arrivedAt) {
        String key = gap.notificationKey();
        Long result = redis.execute(
                ENQUEUE,
                List.of(HANDLED + key, WAITING, ARRIVALS),
                key,
                json(gap),
                Long.toString(arrivedAt.toEpochMilli()));
        return Queued.values()[Objects.requireNonNull(result).intValue()];
    }

    /** Everything waiting, oldest first. */
    List<Waiting> waiting() {
        var arrivals = redis.opsForZSet().rangeWithScores(ARRIVALS, 0, -1);
        if (arrivals == null || arrivals.isEmpty()) {
            return List.of();
        }
        List<String> keys = arrivals.stream()
                .map(arrival -> Objects.requireNonNull(arrival.getValue()))
                .toList();
        List<Object> events = redis.opsForHash().multiGet(WAITING, List.copyOf(keys));
        List<Waiting> waiting = new ArrayList<>();
        int i = 0;
        for (var arrival : arrivals) {
            if (events.get(i++) instanceof String event) {
                waiting.add(new Waiting(
                        gap(event),
                        Instant.ofEpochMilli(
                                Objects.requireNonNull(arrival.getScore()).longValue())));
            }
        }
        return waiting;
    }

    /** Whether the alert with this notification key was e-mailed (not merely settled without one). */
    boolean wasSent(String notificationKey) {
        String handled = redis.opsForValue().get(HANDLED + notificationKey);
        return handled != null && handled.startsWith(SENT);
    }

    /** Marks notifications as handled for {@code dedupWindow} and takes them off the waiting list, in one step. */
    void settle(List<String> notificationKeys, String outcome, Duration dedupWindow) {
        if (!notificationKeys.isEmpty()) {
            redis.execute(
                    SETTLE,
                    List.of(WAITING, ARRIVALS),
                    Stream.concat(
                                    Stream.of(HANDLED, outcome, Long.toString(dedupWindow.toMillis())),
                                    notificationKeys.stream())
                            .toArray());
        }
    }

    /** Takes notifications off the waiting list without marking them handled: a re-drive may queue them again. */
    void remove(List<String> notificationKeys) {
        settle(notificationKeys, "", Duration.ZERO);
    }

    boolean tryLease(String owner, Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(LEASE, owner, ttl));
    }

    void releaseLease(String owner) {
        redis.execute(RELEASE, List.of(LEASE), owner);
    }

    @Nullable
    RetryState retryState() {
        Map<Object, Object> state = redis.opsForHash().entries(RETRY);
        if (state.isEmpty()) {
            return null;
        }
        return new RetryState(
                Integer.parseInt((String) state.get("failures")),
                Instant.parse((String) state.get("next-try")),
                Instant.parse((String) state.get("first-failure")));
    }

    void saveRetryState(RetryState state, String reason) {
        redis.opsForHash()
                .putAll(
                        RETRY,
                        Map.of(
                                "failures", Integer.toString(state.failures()),
                                "next-try", state.nextTry().toString(),
                                "first-failure", state.firstFailure().toString(),
                                "reason", reason));
    }

    void clearRetryState() {
        redis.delete(RETRY);
    }

    private static String json(MarketDataGap gap) {
        byte[] bytes = Topics.MARKET_DATA_GAPS.valueSerde().serializer().serialize(Topics.MARKET_DATA_GAPS.name(), gap);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static MarketDataGap gap(String json) {
        return Topics.MARKET_DATA_GAPS
                .valueSerde()
                .deserializer()
                .deserialize(Topics.MARKET_DATA_GAPS.name(), json.getBytes(StandardCharsets.UTF_8));
    }
}
