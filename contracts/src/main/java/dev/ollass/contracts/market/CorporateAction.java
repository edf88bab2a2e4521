package dev.ollass.contracts.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dividend or a split of one stock, as a source reported it. Travels on its own topic, keyed by
 * symbol; its natural key is {@link #key()} (symbol, type and ex-date): for the same key the newest
 * observation wins.
 *
 * @param symbol the stock code as users know it ({@code AAPL}, {@code 005930})
 * @param type dividend or split
 * @param exDate the exchange-local ex-date
 * @param amount a dividend's cash amount per share, as reported (split-adjusted as of the source's
 *     download); null for a split
 * @param currency ISO 4217 code of {@code amount}; null for a split
 * @param numerator a split's new shares per {@code denominator} old ones ({@code 4} for AAPL's 4:1);
 *     null for a dividend
 * @param denominator a split's old shares; null for a dividend
 * @param source where it came from, e.g. {@code yahoo-chart-v8}, {@code recorded-csv}
 * @param observedAt when the source was read (ingest time)
 */
public record CorporateAction(
        String symbol,
        Type type,
        LocalDate exDate,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable Integer numerator,
        @Nullable Integer denominator,
        String source,
        Instant observedAt) {

    public enum Type {
        DIVIDEND,
        SPLIT
    }

    /** The natural key of an action: {@code SYMBOL|TYPE|YYYY-MM-DD}. */
    public String key() {
        return symbol + "|" + type + "|" + exDate;
    }
}
