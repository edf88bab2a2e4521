/**
 * The public charts of {@code /api/chart/v1} that show no user's data: {@code indice}, {@code tip},
 * {@code rich-portfolio}, {@code rich-pick}; and the cache every public chart is served from, pre-serialized
 * and keyed by the versions of the data it was computed from.
 */
@NullMarked
package dev.ollass.api.chart.market;

import org.jspecify.annotations.NullMarked;
