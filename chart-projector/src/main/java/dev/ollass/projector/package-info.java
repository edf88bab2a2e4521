/** The chart projector: market projections from ticks. */
@NullMarked
package dev.ollass.projector;

import org.jspecify.annotations.NullMarked;
