/**
 * The original's asset endpoints ({@code /api/asset/v1}): a user's asset lines (trades as traded, with memo
 * and fee), cash flows, the asset table's columns, CSV import and export, the sample portfolio; every change
 * published on {@code portfolio.transactions.v1} through the outbox.
 */
@NullMarked
package dev.ollass.api.asset;

import org.jspecify.annotations.NullMarked;
