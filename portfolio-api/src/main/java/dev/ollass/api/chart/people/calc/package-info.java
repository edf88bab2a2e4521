/**
 * What {@code GET /api/chart/v1/people-portfolio} shows of a consenting user, without I/O: the share of each
 * stock in the current KRW value of their holdings, nothing else.
 */
@NullMarked
@PureDomain
package dev.ollass.api.chart.people.calc;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
