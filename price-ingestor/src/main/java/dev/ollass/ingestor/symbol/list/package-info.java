/**
 * The symbol universe read from the original's country stock lists: cells trimmed, the later list
 * winning for a code listed twice, Yahoo tickers derived from code, country and market, and every
 * row that cannot be used kept as a rejection with its reason. Pure: it reads the cells that
 * {@code dev.ollass.ingestor.csv} read and imports no Spring, Kafka, JDBC or Jackson.
 */
@NullMarked
@PureDomain
package dev.ollass.ingestor.symbol.list;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
