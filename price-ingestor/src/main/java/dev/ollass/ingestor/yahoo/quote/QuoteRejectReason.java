package dev.ollass.ingestor.yahoo.quote;

/**
 * Why quote input did not become a current price. The names are the {@code reasonCode} of the reject
 * events and the {@code reason} tag of the reject counter, so they must not be renamed.
 */
public enum QuoteRejectReason {
    /** The body is not JSON at all. */
    MALFORMED_JSON,
    /** JSON, but not shaped like a quote answer. */
    UNEXPECTED_SHAPE,
    /** Yahoo answered with an error (e.g. {@code Unauthorized: Invalid Crumb}). */
    SOURCE_ERROR,
    /** A symbol that was asked for and is not in the answer: Yahoo knows no such symbol. */
    UNKNOWN_SYMBOL,
    /** An entry without a field a price needs: symbol, price, its time or its currency. */
    MISSING_FIELD,
    /** A price that is not positive, a time that is no moment, or a currency that is no ISO 4217 code. */
    INVALID_PRICE
}
