/**
 * A user's holdings computed from the transactions as traded: quantity after sells, average cost,
 * realized and unrealized profit, dividends and fees, in the stock's currency, in KRW and in USD, with
 * splits applied once from the split table. Pure: market data comes in through {@link
 * dev.ollass.api.holding.MarketHistory}.
 */
@NullMarked
@PureDomain
package dev.ollass.api.holding;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
