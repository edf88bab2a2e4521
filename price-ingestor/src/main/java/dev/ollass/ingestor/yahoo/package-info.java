/**
 * Yahoo Finance's v8 chart API, the JSON side: reads a response (or a recording of one) into the
 * plain records of {@code dev.ollass.ingestor.yahoo.chart}, which turns them into ticks.
 */
@NullMarked
package dev.ollass.ingestor.yahoo;

import org.jspecify.annotations.NullMarked;
