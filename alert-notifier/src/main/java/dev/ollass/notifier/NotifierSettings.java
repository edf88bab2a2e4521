package dev.ollass.notifier;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the alert notifier ({@code ollass.notifier.*}).
 *
 * @param operatorEmail who receives missing-data alerts, comma separated (the original sent them to its own
 *     sender): {@code OLLASS_OPERATOR_EMAIL}
 * @param senderEmail the From address: {@code OLLASS_SENDER_EMAIL}
 * @param digestWindow alerts that arrive within this time of the first one still waiting go out as one digest
 *     e-mail; {@code 0} sends each at once, on its own: {@code OLLASS_ALERT_DIGEST_WINDOW}
 * @param dedupWindow how long a notification (market, day, status, content) is remembered as handled, so that it is
 *     not sent again; longer than the data-gap topic keeps its events
 * @param sendLease how long one instance may take to send what waits before another instance may take over; a
 *     notifier that crashed mid-send holds it back no longer than this
 * @param sendAttempts how many times the waiting alerts are tried before they go to the dead-letter topic:
 *     {@code OLLASS_ALERT_SEND_ATTEMPTS}
 * @param retryInitialInterval the pause after the first failed try, doubling after each further one:
 *     {@code OLLASS_ALERT_RETRY_INITIAL_INTERVAL}
 * @param retryMaxInterval the longest pause between two tries: {@code OLLASS_ALERT_RETRY_MAX_INTERVAL}
 * @param flushInterval how often each instance looks for alerts that are due
 */
@ConfigurationProperties("ollass.notifier")
public record NotifierSettings(
        @DefaultValue("operator@ollass.local") List<String> operatorEmail,
        @DefaultValue("alerts@ollass.local") String senderEmail,
        @DefaultValue("1m") Duration digestWindow,
        @DefaultValue("35d") Duration dedupWindow,
        @DefaultValue("1m") Duration sendLease,
        @DefaultValue("10") int sendAttempts,
        @DefaultValue("2s") Duration retryInitialInterval,
        @DefaultValue("5m") Duration retryMaxInterval,
        @DefaultValue("500ms") Duration flushInterval) {

    public NotifierSettings {
        operatorEmail = List.copyOf(operatorEmail);
        if (operatorEmail.isEmpty()) {
            throw new IllegalArgumentException("ollass.notifier.operator-email names no recipient");
        }
        if (digestWindow.isNegative()) {
            throw new IllegalArgumentException("ollass.notifier.digest-window must not be negative: " + digestWindow);
        }
        if (sendAttempts < 1) {
            throw new IllegalArgumentException("ollass.notifier.send-attempts must be at least 1: " + sendAttempts);
        }
    }

    /** Whether alerts are gathered into digests at all. */
    public boolean digests() {
        return !digestWindow.isZero();
    }
}
