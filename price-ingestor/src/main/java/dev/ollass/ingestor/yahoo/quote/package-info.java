/**
 * Yahoo's v7 quote answer turned into current prices of US stocks (spec §8.3): the last regular-session
 * price with its time, currency and market state, the code users know ({@code BRK.B} for Yahoo's
 * {@code BRK-B}), and a reason for every asked symbol or entry that gave none. Pure: it reads plain
 * records ({@link dev.ollass.ingestor.yahoo.quote.QuoteAnswer}) that the JSON adapter in {@code
 * dev.ollass.ingestor.yahoo} fills, and imports no Spring, Kafka, JDBC or Jackson.
 */
@NullMarked
@PureDomain
package dev.ollass.ingestor.yahoo.quote;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
