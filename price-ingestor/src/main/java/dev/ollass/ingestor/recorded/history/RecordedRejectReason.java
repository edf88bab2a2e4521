package dev.ollass.ingestor.recorded.history;

/**
 * Why part of a recorded file did not become an event, beside the bar reasons it shares with
 * Yahoo's chart API ({@code NULL_BAR}, {@code INCONSISTENT_BAR}). The names are the {@code
 * reasonCode} of the reject events and the {@code reason} tag of the reject counter.
 */
public enum RecordedRejectReason {
    /** A ticker whose exchange zone and currency are not known: no price is published with a guessed currency. */
    UNKNOWN_LISTING,
    /** A file without the columns its kind needs. */
    MISSING_COLUMNS,
    /** A row with the wrong number of fields, or a field that is not a date or a number. */
    MALFORMED_ROW,
    /** A dividend or split whose amount, currency or ratio cannot be right (not positive, not a currency code). */
    INVALID_ACTION
}
