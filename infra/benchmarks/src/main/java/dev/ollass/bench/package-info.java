/**
 * {@code ./ollass bench ingest}: figures, not tests. Parser throughput measured with JMH, and the
 * recorded history's end-to-end publish rate set beside the raw producer rate of the same freshly
 * started broker, measured in the same run.
 */
@NullMarked
package dev.ollass.bench;

import org.jspecify.annotations.NullMarked;
