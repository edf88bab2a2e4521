package dev.ollass.api.auth.local;

import dev.ollass.api.auth.AuthSettings;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed logins drain one Bucket4j bucket per account and one per client
 * address; while either is empty, logins are refused with 429 and {@code Retry-After}. The buckets live
 * in Redis (keys {@code auth:login-failures:...}), so every API instance counts the same failures.
 * Account keys hold a digest of the e-mail, not the address itself.
 */
@Component
class LoginThrottle implements DisposableBean {

    static final String PREFIX = "auth:login-failures:";

    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;

    LoginThrottle(RedisConnectionFactory redis, AuthSettings settings) {
        RedisClient client = (RedisClient) ((LettuceConnectionFactory) redis).getRequiredNativeClient();
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        AuthSettings.Local local = settings.local();
        Duration window = local.failureWindow();
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(window))
                .build();
        this.perAccount = allowance(local.failuresPerAccount(), window);
        this.perAddress = allowance(local.failuresPerAddress(), window);
    }

    private static BucketConfiguration allowance(int failures, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window))
                .build();
    }

    /** How long to wait before the next try, when this account or address has used its allowance. */
    Optional<Duration> waitBeforeNextTry(String email, String address) {
        EstimationProbe account = account(email).estimateAbilityToConsume(1);
        EstimationProbe client = address(address).estimateAbilityToConsume(1);
        long nanos = Math.max(
                account.canBeConsumed() ? 0 : account.getNanosToWaitForRefill(),
                client.canBeConsumed() ? 0 : client.getNanosToWaitForRefill());
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void recordFailure(String email, String address) {
        account(email).tryConsume(1);
        address(address).tryConsume(1);
    }

    private io.github.bucket4j.Bucket account(String email) {
        return buckets.getProxy(PREFIX + "account:" + digest(email.toLowerCase(Locale.ROOT)), () -> perAccount);
    }

    private io.github.bucket4j.Bucket address(String address) {
        return buckets.getProxy(PREFIX + "address:" + address, () -> perAddress);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void destroy() {
        connection.close();
    }
}
