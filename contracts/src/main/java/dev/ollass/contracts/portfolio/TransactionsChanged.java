package dev.ollass.contracts.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * A user's transactions changed, keyed by the user id (as a string), in the order the changes committed.
 * A projection of the portfolio applies {@link #recorded()} as upserts by line id, then drops {@link
 * #removed()}; {@link Change#ERASED} drops everything of the user (their account was deleted). Applying an
 * event twice is harmless.
 *
 * @param userId the owner
 * @param change what happened
 * @param recorded lines created or changed, as they are now
 * @param removed ids of lines deleted
 * @param at when the change committed
 */
public record TransactionsChanged(
        long userId, Change change, List<TransactionRecord> recorded, List<Long> removed, Instant at) {

    public TransactionsChanged {
        recorded = List.copyOf(recorded);
        removed = List.copyOf(removed);
    }

    /** What the user did. */
    public enum Change {
        /** Lines added (one by POST, many by a CSV import). */
        RECORDED,
        /** A line edited. */
        EDITED,
        /** Lines deleted (one, or all of a stock). */
        REMOVED,
        /** The account was deleted: nothing of the user remains. */
        ERASED
    }
}
