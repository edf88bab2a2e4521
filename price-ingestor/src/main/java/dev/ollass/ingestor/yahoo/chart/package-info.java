/**
 * Yahoo's v8 chart response turned into daily ticks: trading dates in the exchange's own zone,
 * validation of every bar, reason codes for what cannot be used, symbol translation. Pure: it
 * reads plain records ({@link dev.ollass.ingestor.yahoo.chart.Chart}) that the JSON adapter in
 * {@code dev.ollass.ingestor.yahoo} fills, and imports no Spring, Kafka, JDBC or Jackson.
 */
@NullMarked
@PureDomain
package dev.ollass.ingestor.yahoo.chart;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
