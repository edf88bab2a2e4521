/**
 * The folding and flagging rules of daily bars and latest prices: which tick a projection keeps when
 * two meet, and why a bar is suspect.
 */
@NullMarked
@PureDomain
package dev.ollass.projector.bar.rules;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
