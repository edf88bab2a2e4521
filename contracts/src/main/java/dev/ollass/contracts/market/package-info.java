/** Market-data events: ticks, projected bars and prices, gaps and rejects. */
@NullMarked
@PureDomain
package dev.ollass.contracts.market;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
