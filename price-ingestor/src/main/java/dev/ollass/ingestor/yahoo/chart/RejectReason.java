package dev.ollass.ingestor.yahoo.chart;

/**
 * Why input did not become a tick. The names are the {@code reasonCode} of the reject events and
 * the {@code reason} tag of the reject counter, so they must not be renamed.
 */
public enum RejectReason {
    /** The body is not JSON at all (an HTML error page, a truncated download). */
    MALFORMED_JSON,
    /** JSON, but not shaped like a chart response, or columns that do not line up. */
    UNEXPECTED_SHAPE,
    /** Yahoo answered with {@code chart.error}, e.g. an unknown or delisted symbol. */
    SOURCE_ERROR,
    /** No error, but no result either. */
    NO_RESULT,
    /** Bars of another granularity than one trading day. */
    NOT_DAILY,
    /** A day for which the source has no prices at all. */
    NULL_BAR,
    /** A day with some of its prices missing (prices that contradict each other are published, and flagged downstream). */
    INCONSISTENT_BAR,
    /** A dividend or split without its date, or with an amount or ratio that is missing or not positive. */
    INVALID_CORPORATE_ACTION
}
