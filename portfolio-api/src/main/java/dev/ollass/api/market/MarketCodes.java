package dev.ollass.api.market;

import java.util.Locale;

/**
 * The one way the market endpoints match a code: trimmed and in upper case, as the projections store
 * it ({@code aapl} is {@code AAPL}, {@code usdkrw} is {@code USDKRW}), for MySQL and the Redis cache
 * alike. Korean codes are digits (or digits and capital letters) and do not change.
 */
final class MarketCodes {

    private MarketCodes() {}

    static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
