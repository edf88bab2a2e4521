package dev.ollass.api.cache;

import static dev.ollass.api.cache.KeptAnswers.Form.BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Kept answers in the local stack's Redis and in memory, as the asset table and the charts keep theirs. */
@UsesLocalStack
class KeptAnswersOnTheLocalStackTest {

    private static LettuceConnectionFactory redis;
    private static StringRedisTemplate keys;

    private final AtomicInteger computed = new AtomicInteger();
    private final String key = "test:kept:" + UUID.randomUUID();

    @BeforeAll
    static void redis() {
        LocalStack stack = LocalStackExtension.stack();
        redis = factory(stack.redisHost(), stack.redisPort());
        keys = new StringRedisTemplate(redis);
    }

    @AfterAll
    static void close() {
        redis.destroy();
    }

    @Test
    void computesOnceThenServesTheKeptAnswerFromMemoryAndToOtherInstancesFromRedis() {
        var here = new KeptAnswers<>("test", redis, Duration.ofMinutes(1), 1_000_000, BYTES);
        var elsewhere = new KeptAnswers<>("test", redis, Duration.ofMinutes(1), 0, BYTES);

        assertThat(text(here.answer(() -> key, answer("A")))).isEqualTo("A");
        assertThat(text(elsewhere.answer(() -> key, answer("B"))))
                .as("from Redis")
                .isEqualTo("A");
        assertThat(computed).hasValue(1);
        assertThat(keys.getExpire(key)).as("kept for the TTL").isBetween(1L, 60L);

        keys.delete(key);
        assertThat(text(here.answer(() -> key, answer("C"))))
                .as("from this instance's memory")
                .isEqualTo("A");
        assertThat(text(elsewhere.answer(() -> key, answer("D"))))
                .as("gone from Redis")
                .isEqualTo("D");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aChartIsStoredInRedisInItsFramingAndServedFromMemoryWithoutACopy() {
        var here = new KeptAnswers<>("test", redis, Duration.ofMinutes(1), 1_000_000, AnswerWithMissing.KEPT);
        var elsewhere = new KeptAnswers<>("test", redis, Duration.ofMinutes(1), 0, AnswerWithMissing.KEPT);
        var chart = new AnswerWithMissing("[1]".getBytes(StandardCharsets.UTF_8), List.of("KS11", "GSPC"));

        assertThat(here.answer(() -> key, () -> chart)).isSameAs(chart);
        assertThat(keys.opsForValue().get(key)).isEqualTo("KS11,GSPC\n[1]");

        assertThat(here.answer(() -> key, KeptAnswersOnTheLocalStackTest::notComputed))
                .as("from memory, as it was")
                .isSameAs(chart);
        AnswerWithMissing fromRedis = elsewhere.answer(() -> key, KeptAnswersOnTheLocalStackTest::notComputed);
        assertThat(fromRedis.missing()).containsExactly("KS11", "GSPC");
        assertThat(text(fromRedis.json())).isEqualTo("[1]");
    }

    @Test
    void aTtlOfZeroKeepsNothing() {
        var off = new KeptAnswers<>("test", redis, Duration.ZERO, 1_000_000, BYTES);

        off.answer(() -> key, answer("A"));
        assertThat(text(off.answer(() -> key, answer("B")))).isEqualTo("B");
        assertThat(computed).hasValue(2);
        assertThat(keys.hasKey(key)).isFalse();
    }

    @Test
    void withoutRedisEveryAnswerIsComputedAndNothingFails() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LettuceConnectionFactory nowhere = factory("127.0.0.1", closedPort);
        try {
            var kept = new KeptAnswers<>("test", nowhere, Duration.ofMinutes(1), 1_000_000, BYTES);

            assertThat(text(kept.answer(() -> key, answer("A")))).isEqualTo("A");
            assertThat(text(kept.answer(() -> key, answer("B")))).isEqualTo("B");
            assertThat(computed).hasValue(2);
        } finally {
            nowhere.destroy();
        }
    }

    private Supplier<byte[]> answer(String text) {
        return () -> {
            computed.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static <T> T notComputed() {
        throw new AssertionError("computed although kept");
    }

    private static String text(byte[] answer) {
        return new String(answer, StandardCharsets.UTF_8);
    }

    private static LettuceConnectionFactory factory(String host, int port) {
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
