package dev.ollass.notifier.gap.rules;

import java.util.List;

/**
 * One e-mail and the notifications it carries: once the SMTP server accepted it, each of them is sent.
 *
 * @param mail what is sent
 * @param notificationKeys the {@code notificationKey()} of every event the e-mail tells of
 */
public record Delivery(AlertMail mail, List<String> notificationKeys) {

    public Delivery {
        notificationKeys = List.copyOf(notificationKeys);
    }
}
