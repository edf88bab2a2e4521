/**
 * The operator's backfill ({@code ./ollass backfill}): fetch requests for a date range of some symbols
 * or a whole market, published to the same topic the schedules use (so the same ingestors, limits and
 * circuits do them), a bounded number at a time, with its progress read from the fetch ledger.
 */
@NullMarked
package dev.ollass.ingestor.backfill;

import org.jspecify.annotations.NullMarked;
