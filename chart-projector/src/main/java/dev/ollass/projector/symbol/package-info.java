/** The symbol universe (the ingestor's compacted symbols topic) materialized as the {@code stock} table. */
@NullMarked
package dev.ollass.projector.symbol;

import org.jspecify.annotations.NullMarked;
