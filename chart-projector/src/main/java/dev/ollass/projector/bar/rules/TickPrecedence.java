package dev.ollass.projector.bar.rules;

import dev.ollass.contracts.market.PriceTick;
import java.time.Instant;

/**
 * Which of two ticks a projection keeps; the topology reduces each key's ticks with these. They
 * decide by the ticks' own dates and observation times, not by arrival, so a replay or a late
 * backfill never moves a projection back to an older observation.
 */
public final class TickPrecedence {

    private TickPrecedence() {}

    /**
     * For one symbol and trading date: the newest observation wins. Of two observed at the same
     * instant the one that arrived last wins, as an upsert would.
     */
    public static PriceTick newerObservation(PriceTick current, PriceTick candidate) {
        return replaces(current.observedAt(), candidate.observedAt()) ? candidate : current;
    }

    /**
     * Whether an observation made at {@code candidate} replaces one made at {@code current} of the
     * same thing (a day's bar, a split): unless it is older; at the same instant the later arrival wins.
     */
    public static boolean replaces(Instant current, Instant candidate) {
        return !candidate.isBefore(current);
    }

    /**
     * For one symbol's latest price: the tick of the later trading date, so a late tick for an
     * older day never moves the price back; on the same date, the newer observation.
     */
    public static PriceTick laterTradingDay(PriceTick current, PriceTick candidate) {
        if (candidate.tradingDate().isAfter(current.tradingDate())) {
            return candidate;
        }
        if (candidate.tradingDate().isBefore(current.tradingDate())) {
            return current;
        }
        return newerObservation(current, candidate);
    }
}
