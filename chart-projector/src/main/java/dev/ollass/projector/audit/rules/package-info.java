/**
 * The completeness rules: which trading day's bar is due on an exchange, and which configured
 * symbols lack it. Plain Java; the audit package runs them on schedule and publishes the gaps.
 */
@NullMarked
@PureDomain
package dev.ollass.projector.audit.rules;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
