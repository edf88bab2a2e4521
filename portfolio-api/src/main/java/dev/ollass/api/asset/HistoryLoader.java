package dev.ollass.api.asset;

import dev.ollass.api.holding.MarketHistory;
import java.util.Collection;

/** Loads what the holdings calculation needs of the market for the stocks of one portfolio, at once. */
@FunctionalInterface
interface HistoryLoader {

    MarketHistory load(Collection<String> codes);
}
