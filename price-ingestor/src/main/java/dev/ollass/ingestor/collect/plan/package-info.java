/**
 * What the ingestor collects by itself, and when: each market's jobs (daily bars, indices, exchange
 * rates, dividends, current prices, after spec §8.1) at times of day in the market's own zone, the
 * fetch requests of one run, and which runs a start-up must catch up on. Pure: no clock, no Kafka.
 */
@NullMarked
@PureDomain
package dev.ollass.ingestor.collect.plan;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
