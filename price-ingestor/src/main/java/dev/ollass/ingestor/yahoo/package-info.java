/** Yahoo Finance's v8 chart API: parsing and symbol translation. Pure: no Spring, no Kafka. */
@NullMarked
package dev.ollass.ingestor.yahoo;

import org.jspecify.annotations.NullMarked;
