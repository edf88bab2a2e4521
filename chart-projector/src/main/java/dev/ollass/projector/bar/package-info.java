/** Daily bars and latest prices folded from ticks by a Kafka Streams topology. */
@NullMarked
package dev.ollass.projector.bar;

import org.jspecify.annotations.NullMarked;
