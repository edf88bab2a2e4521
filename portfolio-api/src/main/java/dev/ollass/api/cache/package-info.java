/**
 * Computed answers kept in Redis and in each instance's memory, under keys that name everything they were computed
 * from: the asset table's and the charts' caches share it.
 */
@NullMarked
package dev.ollass.api.cache;

import org.jspecify.annotations.NullMarked;
