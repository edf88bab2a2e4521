/**
 * The public charts' arithmetic, without I/O: the index board of {@code GET /api/chart/v1/indice} (labels,
 * order, stale levels, change against the previous close), the famous investors' shares and picks, and the
 * percentage shares every public chart shows. Missing data is never an error here: it is left out and named.
 */
@NullMarked
@PureDomain
package dev.ollass.api.chart.market.calc;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
