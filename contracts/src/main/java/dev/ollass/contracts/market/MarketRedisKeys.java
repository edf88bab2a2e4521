package dev.ollass.contracts.market;

/**
 * The Redis keys of the market projections: written by the chart projector only, read by the API.
 * The {@code market:} prefix says who owns them; each {@link InstrumentKind} has its own prefix, since
 * their code spaces may overlap (a stock and an index may share a code).
 */
public final class MarketRedisKeys {

    /** {@code market:latest-price:<symbol>}: the {@link LatestPrice} JSON of a stock. */
    public static final String LATEST_PRICE_PREFIX = "market:latest-price:";

    /** {@code market:latest-index:<code>}: the {@link LatestPrice} JSON of an index ({@code KS11}). */
    public static final String LATEST_INDEX_PREFIX = "market:latest-index:";

    /** {@code market:latest-fx:<pair>}: the {@link LatestPrice} JSON of an exchange rate ({@code USDKRW}). */
    public static final String LATEST_FX_PREFIX = "market:latest-fx:";

    /** {@code market:current-price:<code>}: the {@link CurrentPrice} of a stock (a hash, see {@link #current}). */
    public static final String CURRENT_PRICE_PREFIX = "market:current-price:";

    /** {@code market:current-index:<code>}: the {@link CurrentPrice} of an index ({@code KS11}). */
    public static final String CURRENT_INDEX_PREFIX = "market:current-index:";

    /** {@code market:current-fx:<pair>}: the {@link CurrentPrice} of an exchange rate. */
    public static final String CURRENT_FX_PREFIX = "market:current-fx:";

    /** The hash field of a current price's JSON. */
    public static final String CURRENT_JSON_FIELD = "json";

    /**
     * The hash field of a current price's {@code asOf} in epoch milliseconds, beside its JSON so that
     * Redis itself can refuse an older answer (a compare and set in one script).
     */
    public static final String CURRENT_AS_OF_FIELD = "as_of_ms";

    private MarketRedisKeys() {}

    /** The key of a stock's latest price. */
    public static String latestPrice(String symbol) {
        return LATEST_PRICE_PREFIX + symbol;
    }

    /** The key of the latest price, level or rate of {@code code}, a code of {@code kind}. */
    public static String latest(InstrumentKind kind, String code) {
        return switch (kind) {
            case STOCK -> LATEST_PRICE_PREFIX + code;
            case INDEX -> LATEST_INDEX_PREFIX + code;
            case FX -> LATEST_FX_PREFIX + code;
        };
    }

    /**
     * The key of the current price, level or rate of {@code code}, a code of {@code kind}: a hash of
     * the {@link CurrentPrice} JSON ({@link #CURRENT_JSON_FIELD}) and its {@code asOf} ({@link
     * #CURRENT_AS_OF_FIELD}).
     */
    public static String current(InstrumentKind kind, String code) {
        return switch (kind) {
            case STOCK -> CURRENT_PRICE_PREFIX + code;
            case INDEX -> CURRENT_INDEX_PREFIX + code;
            case FX -> CURRENT_FX_PREFIX + code;
        };
    }
}
