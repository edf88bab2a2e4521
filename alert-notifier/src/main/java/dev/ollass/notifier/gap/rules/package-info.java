/**
 * Which waiting notifications go out, together or alone, and what each e-mail says: the alert for one market and
 * trading day, the "recovered" note once its gap is filled, and the digest of several, each as plain text and HTML.
 * Plain Java; the gap package keeps the notifications and sends the e-mails.
 */
@NullMarked
@PureDomain
package dev.ollass.notifier.gap.rules;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
