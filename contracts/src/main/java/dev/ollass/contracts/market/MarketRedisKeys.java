package dev.ollass.contracts.market;

/**
 * The Redis keys of the market projections: written by the chart projector only, read by the API.
 * The {@code market:} prefix says who owns them.
 */
public final class MarketRedisKeys {

    /** {@code market:latest-price:<symbol>}: the {@link LatestPrice} JSON. */
    public static final String LATEST_PRICE_PREFIX = "market:latest-price:";

    private MarketRedisKeys() {}

    public static String latestPrice(String symbol) {
        return LATEST_PRICE_PREFIX + symbol;
    }
}
