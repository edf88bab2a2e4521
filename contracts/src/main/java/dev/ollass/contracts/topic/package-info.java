/** The topic registry: names, serdes, partitions, cleanup and retention. */
@NullMarked
package dev.ollass.contracts.topic;

import org.jspecify.annotations.NullMarked;
