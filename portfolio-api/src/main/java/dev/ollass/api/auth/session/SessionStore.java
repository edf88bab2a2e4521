package dev.ollass.api.auth.session;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Session state in Redis under {@code auth:} (the market's keys are {@code market:}): per session the
 * user and the id of its one current refresh token, expiring with the session; per user the set of
 * their sessions, so that deleting a user ends them all. A session key that is gone means logged out,
 * revoked or expired: its access tokens stop working at once.
 */
@Component
class SessionStore {

    enum Rotation {
        ROTATED,
        /** The presented refresh token had been used already: the whole session was ended. */
        REUSED,
        GONE
    }

    static final String PREFIX = "auth:";

    /**
     * Compare-and-set in one step, so that two refreshes with the same token cannot both win; a token
     * that is not the current one ends the session (family revocation).
     */
    private static final RedisScript<Long> ROTATE = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if not current then return 0 end
            if current == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              return 1
            end
            redis.call('DEL', KEYS[1])
            return -1
            """, Long.class);

    private final StringRedisTemplate redis;

    SessionStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String sessionKey(String sessionId) {
        return PREFIX + "session:" + sessionId;
    }

    static String userSessionsKey(long userId) {
        return PREFIX + "user-sessions:" + userId;
    }

    void open(long userId, String sessionId, String refreshTokenId, Duration lifetime) {
        redis.opsForValue().set(sessionKey(sessionId), value(userId, refreshTokenId), lifetime);
        redis.opsForSet().add(userSessionsKey(userId), sessionId);
        redis.expire(userSessionsKey(userId), lifetime);
    }

    boolean isLive(long userId, String sessionId) {
        String value = redis.opsForValue().get(sessionKey(sessionId));
        return value != null && value.startsWith(userId + ":");
    }

    Rotation rotate(long userId, String sessionId, String presentedTokenId, String nextTokenId, Duration lifetime) {
        Long outcome = redis.execute(
                ROTATE,
                List.of(sessionKey(sessionId)),
                value(userId, presentedTokenId),
                value(userId, nextTokenId),
                Long.toString(lifetime.toMillis()));
        if (outcome == null || outcome == 0) {
            return Rotation.GONE;
        }
        if (outcome == 1) {
            redis.expire(userSessionsKey(userId), lifetime);
            return Rotation.ROTATED;
        }
        return Rotation.REUSED;
    }

    void end(long userId, String sessionId) {
        redis.delete(sessionKey(sessionId));
        redis.opsForSet().remove(userSessionsKey(userId), sessionId);
    }

    void endAll(long userId) {
        Set<String> sessions = redis.opsForSet().members(userSessionsKey(userId));
        if (sessions != null && !sessions.isEmpty()) {
            redis.delete(sessions.stream().map(SessionStore::sessionKey).toList());
        }
        redis.delete(userSessionsKey(userId));
    }

    private static String value(long userId, String tokenId) {
        return userId + ":" + tokenId;
    }
}
