package dev.ollass.notifier.gap;

import static dev.ollass.notifier.gap.Findings.missing;
import static dev.ollass.notifier.gap.Findings.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notifier "crashes" right after the SMTP server accepted an alert, before it recorded it as sent (the test
 * hook throws there, once): the alert is not lost, and it is sent at most once more, when the lease runs out.
 */
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "ollass.notifier.digest-window=0s",
            "ollass.notifier.flush-interval=50ms",
            "ollass.notifier.send-lease=1s"
        })
class CrashBetweenSendAndRecordTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestMailServer smtp = TestMailServer.started();

    private static final AtomicInteger crashes = new AtomicInteger();

    @TestConfiguration
    static class CrashOnceAfterTheFirstAcceptedMail {

        @Bean
        AfterMailAccepted crashOnce() {
            return keys -> {
                if (crashes.getAndIncrement() == 0) {
                    throw new IllegalStateException("simulated crash after sending " + keys);
                }
            };
        }
    }

    @DynamicPropertySource
    static void useTheLocalStackAndThisTestsMailServer(DynamicPropertyRegistry registry) {
        smtp.serveTheNotifier(registry);
    }

    @Autowired
    StringRedisTemplate redis;

    @Test
    void sendsTheAlertAgainAfterACrashBetweenSendingAndRecordingButNoMoreThanOnce() {
        Findings.forgetEverything(redis);

        publish(missing("CR", "d1", "AAPL"));

        await().atMost(PATIENCE).until(() -> crashes.get() >= 1);
        await().atMost(PATIENCE).until(() -> Findings.allSettled(redis) && crashes.get() >= 2);
        // Exactly one duplicate: the crash came after the server accepted the e-mail and before the record, and
        // the record is what stops a second send. Recorded before sending, a crash there would lose the alert.
        assertThat(smtp.withSubjectContaining(": CR 2021-04-16"))
                .as("sent, then sent once more after the crash")
                .hasSize(2);
        publish(missing("CR", "d1", "AAPL"));
        publish(missing("CR", "d2", "AAPL", "MSFT"));
        await().atMost(PATIENCE)
                .until(() -> smtp.withSubjectContaining(": CR 2021-04-16 (2 problems)")
                                .size()
                        == 1);
        assertThat(smtp.withSubjectContaining(": CR 2021-04-16 (1 problem)"))
                .as("recorded as sent after the second send")
                .hasSize(2);
    }
}
