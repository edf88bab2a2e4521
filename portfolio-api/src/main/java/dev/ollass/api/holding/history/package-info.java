/**
 * The holdings' market data: {@link dev.ollass.api.holding.MarketHistory} over the projector's market
 * tables, read-only, everything a portfolio needs in one query per kind.
 */
@NullMarked
package dev.ollass.api.holding.history;

import org.jspecify.annotations.NullMarked;
