/**
 * The completeness audit, run per market on its schedule or by an operator: reads the daily bars
 * through its own port, applies the rules of {@code audit.rules} and publishes one finding per market
 * and trading day to {@code market.data-gaps.v2}, remembering what it published in {@code audit_finding}.
 */
@NullMarked
package dev.ollass.projector.audit;

import org.jspecify.annotations.NullMarked;
