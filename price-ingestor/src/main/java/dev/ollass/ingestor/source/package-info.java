/**
 * What every market data source is to the rest of the ingestor: a {@link
 * dev.ollass.ingestor.source.MarketSource} turns a payload it was given (the bytes of one answer,
 * where they came from, what was asked) into a {@link dev.ollass.ingestor.source.SourceBatch}, which
 * {@code publish} sends to Kafka by one code path whatever the source. Fetching the payload (HTTP
 * clients, schedules) is not a source's business.
 */
@NullMarked
package dev.ollass.ingestor.source;

import org.jspecify.annotations.NullMarked;
