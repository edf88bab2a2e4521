package dev.ollass.notifier.gap;

import java.util.List;

/**
 * Told of each alert e-mail the SMTP server accepted, before it is recorded as sent. Tests use it to stop the
 * notifier exactly there, as a crash would; nothing in the notifier needs one.
 */
@FunctionalInterface
interface AfterMailAccepted {

    void accepted(List<String> notificationKeys);
}
