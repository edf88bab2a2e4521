/**
 * The symbol universe as the chart projector's {@code stock} table holds it: the original's
 * {@code GET /api/asset/v1/stocks} and the added symbol search {@code GET /api/market/v1/symbols}.
 */
@NullMarked
package dev.ollass.api.symbol;

import org.jspecify.annotations.NullMarked;
