/**
 * The current prices of stocks and levels of indices (the ingestor's compacted {@code
 * market.current-prices.v1}) kept in Redis for the API, newest {@code asOf} per kind and code: an
 * older answer, however late it arrives, never overwrites a newer one.
 */
@NullMarked
package dev.ollass.projector.current;

import org.jspecify.annotations.NullMarked;
