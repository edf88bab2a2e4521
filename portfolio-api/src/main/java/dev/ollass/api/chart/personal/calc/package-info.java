/**
 * The personal charts' formulas, pure: a user's trades valued through the holdings calculation ({@link
 * dev.ollass.api.holding.Valuation}: sells reduce holdings, splits applied once, USD in KRW at each date's rate),
 * the positions over time, the returns against KOSPI, the dividend calendar and forecast, the savings projection.
 * Missing market data never breaks a chart: a gap is carried forward, a missing latest price is stale with its
 * date, and the symbols lacking data are named.
 */
@NullMarked
@PureDomain
package dev.ollass.api.chart.personal.calc;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
