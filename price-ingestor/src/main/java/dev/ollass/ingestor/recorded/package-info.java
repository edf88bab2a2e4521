/** Offline market data: recorded Yahoo responses, imported from the classpath, a directory or an upload. */
@NullMarked
package dev.ollass.ingestor.recorded;

import org.jspecify.annotations.NullMarked;
