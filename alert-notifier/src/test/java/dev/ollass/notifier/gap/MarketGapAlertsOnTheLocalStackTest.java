package dev.ollass.notifier.gap;

import static dev.ollass.notifier.gap.Findings.missing;
import static dev.ollass.notifier.gap.Findings.missingEverything;
import static dev.ollass.notifier.gap.Findings.publish;
import static dev.ollass.notifier.gap.Findings.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.stack.junit.UsesLocalStack;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Market data-gap findings through the real broker and Redis to a real SMTP server, one e-mail per notification
 * (no digest). Each test uses markets of its own; a later finding of the same market and day travels the same
 * partition, so once its e-mail is in, everything published before it has been handled.
 */
// Closed after the class: two notifier contexts alive at once would share the consumer group.
@DirtiesContext
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ollass.notifier.digest-window=0s", "ollass.notifier.flush-interval=100ms"})
class MarketGapAlertsOnTheLocalStackTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestMailServer smtp = TestMailServer.started();

    @DynamicPropertySource
    static void useTheLocalStackAndThisTestsMailServer(DynamicPropertyRegistry registry) {
        smtp.serveTheNotifier(registry);
    }

    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void forgetEarlierClasses() {
        Findings.forgetEverything(redis);
    }

    @Test
    void emailsTheOperatorOneAlertNamingTheMarketTheDayAndEveryProblemWithCountsInTextAndHtml() throws Exception {
        publish(missingEverything("KR", "d1"));

        MimeMessage mail = await().atMost(PATIENCE)
                .until(() -> smtp.withSubjectContaining(" KR "), m -> !m.isEmpty())
                .getFirst();
        assertThat(mail.getSubject()).isEqualTo("Stock Daily 미수집: KR 2021-04-16 (5 problems)");
        assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress("operator@ollass.local"));
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("alerts@ollass.local"));
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        assertThat(TestMailServer.text(mail))
                .startsWith("2021-04-16 날짜에 000660, 005930, KS11, USDKRW가 수집되지 않았습니다.")
                .contains(
                        "Market: KR",
                        "Trading day: 2021-04-16",
                        "Missing symbols (2): 000660, 005930",
                        "Missing FX rates (1): USDKRW",
                        "Missing indices (1): KS11",
                        "Suspect points (1):",
                        "035720 (STOCK) 2021-04-16: CLOSE_OUTSIDE_RANGE");
        assertThat(TestMailServer.part(mail, "text/html"))
                .get()
                .asString()
                .contains("<th align=\"left\">Missing symbols (2)</th><td>000660, 005930</td>", "<li>035720 (STOCK)");
    }

    @Test
    void doesNotEmailARedeliveredFindingAgainButEmailsAChangedContent() {
        publish(missing("XA", "d1", "AAPL"), missing("XA", "d1", "AAPL"), missing("XA", "d2", "AAPL", "MSFT"));

        await().atMost(PATIENCE)
                .until(() ->
                        smtp.withSubjectContaining("XA 2021-04-16 (2 problems)").size() == 1);
        assertThat(smtp.withSubjectContaining("XA 2021-04-16 (1 problem)"))
                .as("the first content, delivered twice")
                .hasSize(1);
    }

    @Test
    void emailsOneRecoveredNoteWhenTheGapOfASentAlertIsFilled() {
        publish(missing("XB", "d1", "AAPL"));
        await().atMost(PATIENCE)
                .until(() ->
                        smtp.withSubjectContaining("XB 2021-04-16 (1 problem)").size() == 1);

        publish(resolved("XB", "d1"), resolved("XB", "d1"), missing("XB", "d3", "MSFT", "NVDA"));

        await().atMost(PATIENCE)
                .until(() ->
                        smtp.withSubjectContaining("XB 2021-04-16 (2 problems)").size() == 1);
        List<MimeMessage> recovered = smtp.withSubjectContaining("Recovered: XB 2021-04-16");
        assertThat(recovered)
                .singleElement()
                .satisfies(
                        mail -> assertThat(TestMailServer.text(mail)).startsWith("2021-04-16 날짜의 XB 데이터가 모두 수집되었습니다."));
    }

    @Test
    void sendsNoRecoveredNoteForAGapNoAlertWasSentFor() {
        publish(resolved("XC", "never-alerted"), missing("XC", "d4", "AAPL"));

        await().atMost(PATIENCE)
                .until(() ->
                        smtp.withSubjectContaining("XC 2021-04-16 (1 problem)").size() == 1);
        assertThat(smtp.withSubjectContaining("Recovered: XC")).isEmpty();
    }
}
