/**
 * {@code GET /api/chart/v1/people-portfolio}: the portfolios, as percentages only, of up to eight users who
 * consented to share them ({@code PUT /api/event/v1/portfolio}), by nickname; and the local run's consenting
 * demo users.
 */
@NullMarked
package dev.ollass.api.chart.people;

import org.jspecify.annotations.NullMarked;
