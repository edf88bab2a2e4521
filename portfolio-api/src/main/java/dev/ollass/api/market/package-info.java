/** Market data as the projections hold it: daily bars and latest prices. */
@NullMarked
package dev.ollass.api.market;

import org.jspecify.annotations.NullMarked;
