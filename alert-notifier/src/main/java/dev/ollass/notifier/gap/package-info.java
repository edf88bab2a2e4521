/**
 * Missing-data alerts: findings per market and trading day queued in Redis, e-mailed once per notification (alone
 * or in a digest), retried while the mail server is away, dead-lettered after that and re-driven on request.
 */
@NullMarked
package dev.ollass.notifier.gap;

import org.jspecify.annotations.NullMarked;
