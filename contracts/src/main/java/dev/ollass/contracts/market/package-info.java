/** Market-data events: ticks, projected bars and prices, gaps and rejects. */
@NullMarked
package dev.ollass.contracts.market;

import org.jspecify.annotations.NullMarked;
