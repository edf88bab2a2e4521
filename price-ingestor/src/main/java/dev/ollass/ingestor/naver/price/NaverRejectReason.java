package dev.ollass.ingestor.naver.price;

/**
 * Why Naver input did not become a price. The names are the {@code reasonCode} of the reject events
 * and the {@code reason} tag of the reject counter, so they must not be renamed.
 */
public enum NaverRejectReason {
    /** The body is not JSON, or not HTML with the daily price table. */
    MALFORMED,
    /** Naver answered, but not with {@code resultCode: success}. */
    SOURCE_ERROR,
    /** The response is not laid out as it was: an area, a list, the table or its header changed. */
    UNEXPECTED_LAYOUT,
    /** A field a price needs is absent. */
    MISSING_FIELD,
    /** A price that is not a positive whole number, or that contradicts the day's other prices. */
    INVALID_PRICE,
    /** A code that is not a Korean stock code, or an index Ollass does not know. */
    UNKNOWN_SYMBOL,
    /** The page is of another stock than the one asked for. */
    WRONG_PAGE
}
