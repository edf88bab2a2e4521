/**
 * The completeness rules: a market's trading days (its benchmark index's bars, then weekdays minus
 * holidays), which collected series lack a bar or hold a suspect one on each, the content digest of a
 * finding, and which findings are new since the last ones published. Plain Java behind two ports
 * ({@link dev.ollass.projector.audit.rules.MarketDataReader}, {@link
 * dev.ollass.projector.audit.rules.AuditLedger}); the audit package runs them and publishes.
 */
@NullMarked
@PureDomain
package dev.ollass.projector.audit.rules;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
