package dev.ollass.api.symbol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of the symbol universe.
 *
 * @param code the code users know and every market endpoint takes ({@code 005930}, {@code BRK.B})
 * @param market the market or index label ({@code KOSPI}, {@code NASDAQ}, ...): the original's {@code market_index}
 * @param yahooTicker the ticker Yahoo knows it by ({@code 005930.KS}, {@code BRK-B})
 */
public record ListedSymbol(
        String code,
        @JsonProperty("name_kr") String nameKr,
        @JsonProperty("name_en") String nameEn,
        String country,
        String market,
        @JsonProperty("yahoo_ticker") String yahooTicker) {}
