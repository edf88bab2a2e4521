/** Publishing what a source yielded (ticks, corporate actions, current prices, rejects) to Kafka, keyed by natural key. */
@NullMarked
package dev.ollass.ingestor.publish;

import org.jspecify.annotations.NullMarked;
