/** Collection work: fetch requests for the live sources, and what became of each. */
@NullMarked
@PureDomain
package dev.ollass.contracts.collect;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
