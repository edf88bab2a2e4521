package dev.ollass.notifier;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the alert notifier ({@code ollass.notifier.*}).
 *
 * @param operatorEmail who receives missing-data alerts (the original sent them to its own sender)
 * @param senderEmail the From address
 * @param dedupWindow how long an alert for the same symbol and date is not sent again
 * @param sendAttempts how many times one alert is tried before it goes to the dead-letter topic
 * @param retryInterval the pause between those tries
 */
@ConfigurationProperties("ollass.notifier")
public record NotifierSettings(
        @DefaultValue("operator@ollass.local") String operatorEmail,
        @DefaultValue("alerts@ollass.local") String senderEmail,
        @DefaultValue("30d") Duration dedupWindow,
        @DefaultValue("4") int sendAttempts,
        @DefaultValue("2s") Duration retryInterval) {}
