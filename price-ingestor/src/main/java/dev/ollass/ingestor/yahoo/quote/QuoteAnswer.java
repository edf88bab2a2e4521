package dev.ollass.ingestor.yahoo.quote;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer of Yahoo's quote API ({@code {"quoteResponse":{"result":[{...}],"error":null}}}, or
 * {@code {"finance":{"result":null,"error":{...}}}} when Yahoo refuses the request) as read, before
 * anything in it is trusted.
 *
 * @param error {@code quoteResponse.error} or {@code finance.error}; null when absent or null
 * @param quotes {@code quoteResponse.result}; null when absent or not a list
 */
public record QuoteAnswer(
        @Nullable SourceError error, @Nullable List<Quote> quotes) {

    /** Yahoo's own error: {@code {"code":"Unauthorized","description":"Invalid Crumb"}}. */
    public record SourceError(String code, String description) {}

    /**
     * One entry of {@code result}.
     *
     * @param symbol {@code symbol}, Yahoo's ticker ({@code BRK-B})
     * @param quoteType {@code quoteType} ({@code EQUITY}, {@code ETF}, {@code INDEX}, {@code CURRENCY})
     * @param currency {@code currency}
     * @param price {@code regularMarketPrice}
     * @param time {@code regularMarketTime}, seconds since the epoch
     * @param marketState {@code marketState} ({@code REGULAR}, {@code POST}, {@code POSTPOST}, {@code CLOSED}, ...)
     */
    public record Quote(
            @Nullable String symbol,
            @Nullable String quoteType,
            @Nullable String currency,
            @Nullable BigDecimal price,
            @Nullable Long time,
            @Nullable String marketState) {}
}
