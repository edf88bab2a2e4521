/** The price ingestor: market data in, ticks and rejects out. */
@NullMarked
package dev.ollass.ingestor;

import org.jspecify.annotations.NullMarked;
