/**
 * Replay for operators: rebuilds the projections in MySQL and Redis from the projection topics by
 * moving the sinks' consumer groups back (to the beginning or to a time), optionally dropping what
 * they hold first, and reports progress (records, rate, lag per partition) until it is done.
 */
@NullMarked
package dev.ollass.projector.replay;

import org.jspecify.annotations.NullMarked;
