package dev.ollass.contracts.market;

import java.time.Instant;

/**
 * One entry of the symbol universe: a stock users can record, keyed by its code on the compacted
 * symbols topic (a later entry for the same code replaces the earlier one).
 *
 * @param code the code users know and the API stores ({@code 005930}, {@code AAPL}, {@code BRK.B})
 * @param nameKr the Korean display name (종목명)
 * @param nameEn the English name
 * @param country the country label, trimmed ({@code Korea}, {@code USA}, {@code Japan}, ...)
 * @param market the market or index label, trimmed ({@code KOSPI}, {@code KOSDAQ}, {@code NASDAQ}, ...)
 * @param yahooTicker the ticker Yahoo knows it by ({@code 005930.KS}, {@code BRK-B})
 * @param source where the entry came from, e.g. the list file's name
 * @param observedAt when it was read (ingest time)
 */
public record ListedStock(
        String code,
        String nameKr,
        String nameEn,
        String country,
        String market,
        String yahooTicker,
        String source,
        Instant observedAt) {}
