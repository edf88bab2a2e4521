/**
 * The completeness audit, run on schedule or by an operator: reads what the projections hold,
 * applies the rules of {@code audit.rules} and publishes one missing-data event per gap.
 */
@NullMarked
package dev.ollass.projector.audit;

import org.jspecify.annotations.NullMarked;
