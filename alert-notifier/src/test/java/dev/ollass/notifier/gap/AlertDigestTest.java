package dev.ollass.notifier.gap;

import static dev.ollass.notifier.gap.Findings.missing;
import static dev.ollass.notifier.gap.Findings.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Alerts that arrive within the digest window (2 s here) go out as one e-mail; each is still sent only once. */
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ollass.notifier.digest-window=2s", "ollass.notifier.flush-interval=100ms"})
class AlertDigestTest {

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
    void emailsAlertsArrivingWithinTheWindowAsOneDigestAndNoneOfThemAgain() {
        Findings.forgetEverything(redis);

        publish(missing("DA", "d1", "AAPL"), missing("DB", "d1", "MSFT"), missing("DC", "d1", "NVDA", "TSLA"));

        var digest = await().atMost(PATIENCE)
                .until(() -> smtp.withSubjectContaining("digest"), mails -> !mails.isEmpty())
                .getFirst();
        assertThat(TestMailServer.subject(digest))
                .isEqualTo("Stock Daily 미수집 digest: 3 market-days missing data, 0 recovered");
        assertThat(TestMailServer.text(digest))
                .contains(
                        "== Stock Daily 미수집: DA 2021-04-16 ==",
                        "== Stock Daily 미수집: DB 2021-04-16 ==",
                        "== Stock Daily 미수집: DC 2021-04-16 ==",
                        "Missing symbols (2): NVDA, TSLA");

        publish(missing("DB", "d1", "MSFT"), missing("DB", "d2", "MSFT", "AAPL"));

        await().atMost(PATIENCE)
                .until(() ->
                        smtp.withSubjectContaining("DB 2021-04-16 (2 problems)").size() == 1);
        assertThat(smtp.messages())
                .as("the digest, then the changed content alone")
                .hasSize(2);
    }
}
