package dev.ollass.notifier.gap;

import static dev.ollass.notifier.gap.Findings.missing;
import static dev.ollass.notifier.gap.Findings.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail server is down while findings arrive and comes back within the tries: every alert arrives, once. The
 * pauses between tries are short here (100 ms doubling to 400 ms, 50 tries) so that the outage fits in them.
 */
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "ollass.notifier.digest-window=0s",
            "ollass.notifier.flush-interval=50ms",
            "ollass.notifier.send-attempts=50",
            "ollass.notifier.retry-initial-interval=100ms",
            "ollass.notifier.retry-max-interval=400ms"
        })
class MailServerOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestMailServer smtp = TestMailServer.started();

    @DynamicPropertySource
    static void useTheLocalStackAndThisTestsMailServer(DynamicPropertyRegistry registry) {
        smtp.serveTheNotifier(registry);
    }

    @Autowired
    StringRedisTemplate redis;

    @Test
    void emailsEveryAlertExactlyOnceWhenTheMailServerComesBack() {
        Findings.forgetEverything(redis);
        smtp.stop();

        publish(missing("OA", "d1", "AAPL"), missing("OB", "d1", "AAPL"), missing("OC", "d1", "AAPL"));
        await().atMost(PATIENCE)
                .alias("three failed tries while the server is down")
                .until(() -> failedTries() >= 3);
        publish(missing("OA", "d1", "AAPL"), missing("OD", "d1", "AAPL")); // one again, one new, still down
        smtp.start();

        await().atMost(PATIENCE)
                .until(() -> smtp.withSubjectContaining("Stock Daily 미수집: O").size() >= 4);
        await().atMost(PATIENCE).until(() -> Findings.allSettled(redis));
        for (String market : new String[] {"OA", "OB", "OC", "OD"}) {
            assertThat(smtp.withSubjectContaining(": " + market + " 2021-04-16"))
                    .as(market)
                    .hasSize(1);
        }
        assertThat(redis.hasKey(AlertQueue.RETRY)).as("the outage is over").isFalse();
    }

    private int failedTries() {
        Map<Object, Object> retry = redis.opsForHash().entries(AlertQueue.RETRY);
        return retry.isEmpty() ? 0 : Integer.parseInt((String) retry.get("failures"));
    }
}
