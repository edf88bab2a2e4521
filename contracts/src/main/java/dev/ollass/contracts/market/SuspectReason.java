package dev.ollass.contracts.market;

/**
 * Why a daily bar whose prices are all there is still suspect: kept and served as the source gave it,
 * with these reasons beside it, rather than rejected or corrected.
 */
public enum SuspectReason {
    /** The close is below the low or above the high. */
    CLOSE_OUTSIDE_RANGE,
    /** The open is below the low or above the high. */
    OPEN_OUTSIDE_RANGE,
    /** The high is below the low: the day has no range, so open and close are not checked against it. */
    HIGH_BELOW_LOW,
    /** The open, high, low or close is zero or negative. */
    NON_POSITIVE_PRICE,
    /**
     * The close moved from the previous trading day's close by more than the kind's bound, and no known
     * split explains the move.
     */
    LARGE_MOVE
}
