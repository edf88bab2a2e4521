/**
 * The personal charts of the original ({@code /api/chart/v1}: asset-save-trend, estimate-dividend, composition,
 * performance-analysis, my-stock, summary) and their {@code /sample/...} twins: the caller's trades and the market
 * projections read at once, the formulas of {@link dev.ollass.api.chart.personal.calc}, the answers kept in Redis.
 */
@NullMarked
package dev.ollass.api.chart.personal;

import org.jspecify.annotations.NullMarked;
