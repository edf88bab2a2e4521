package dev.ollass.api.symbol;

import org.jspecify.annotations.Nullable;

/**
 * A validated symbol search.
 *
 * @param text what the code, the Korean or the English name must contain (any case); null for all
 * @param country the exact country label ({@code Korea}, {@code USA}, any case); null for all
 * @param page from 1
 * @param size at most {@link #MAX_SIZE}
 */
record SymbolSearch(@Nullable String text, @Nullable String country, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 100;

    static SymbolSearch of(@Nullable String query, @Nullable String country, int page, int size) {
        String text = blankToNull(query);
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSymbolQuery("query", "query is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        if (page < 1) {
            throw new InvalidSymbolQuery("page", "page starts at 1, not " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSymbolQuery("size", "size is between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
        return new SymbolSearch(text, blankToNull(country), page, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
