package dev.ollass.ingestor.symbol.list;

/**
 * Why a stock list row (or a whole list) was not turned into a listed stock. The names are the
 * {@code reasonCode} of the reject events and the {@code reason} tag of the reject counter.
 */
public enum ListRejectReason {
    /** The file is not CSV (an unclosed quote, ...): the rows from there on are not read. */
    MALFORMED_FILE,
    /** The header lacks one of {@code Symbol, NameKr, NameEn, Country, Code}: the file is not read. */
    UNEXPECTED_HEADER,
    /** A row with another number of cells than the header. */
    MALFORMED_ROW,
    /** A row with an empty code, name, country or market. */
    MISSING_VALUE,
    /** A value longer than the table keeps (code 32 characters, the others 255). */
    VALUE_TOO_LONG,
    /** A country whose Yahoo suffix is unknown, so no ticker can be derived. */
    UNKNOWN_COUNTRY
}
