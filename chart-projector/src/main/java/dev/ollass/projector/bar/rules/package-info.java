/** Which tick a projection keeps when two meet: the folding rules of daily bars and latest prices. */
@NullMarked
@PureDomain
package dev.ollass.projector.bar.rules;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
