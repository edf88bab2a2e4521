/** Idempotent upserts of the projections into MySQL (history) and Redis (hot). */
@NullMarked
package dev.ollass.projector.sink;

import org.jspecify.annotations.NullMarked;
