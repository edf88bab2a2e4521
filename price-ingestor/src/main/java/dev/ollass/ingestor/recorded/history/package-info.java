/**
 * The recorded price history (Yahoo CSV downloads: daily bars per ticker, dividends, splits) turned
 * into ticks and corporate actions, with the same bar check as Yahoo's chart API and a rejection
 * with its reason for every row that cannot be used. Pure: it reads text and imports no Spring,
 * Kafka, JDBC or Jackson.
 */
@NullMarked
@PureDomain
package dev.ollass.ingestor.recorded.history;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
