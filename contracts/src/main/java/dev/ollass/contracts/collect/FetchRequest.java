package dev.ollass.contracts.collect;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fetch for an ingestor to do: a symbol from one live source over a range of exchange-local
 * dates. Keyed by {@link #symbol()} on {@code market.fetch-requests.v1}, so that one symbol's
 * requests are done in order by one instance of the consumer group.
 *
 * @param id the request's identity, {@code <run key>|<source>|<symbol>}: a request published twice
 *     (by two schedulers, or by a backfill run again) has the same id, and the id of one done is on
 *     {@code market.fetches-done.v1}
 * @param runKey the run it belongs to: {@code <MARKET>|<date>|<job>} for a daily scheduled run, {@code
 *     <MARKET>|<date>T<hour>|<job>} for an hourly one (the US current prices: {@code
 *     US|2026-12-02T10|current-prices}, so that each hour's run is one of its own), {@code backfill|<from>|<to>}
 *     for a backfill
 * @param symbol the symbol as the source knows it ({@code 005930.KS}, {@code ^KS11}, {@code KRW=X} at
 *     Yahoo; {@code 005930}, {@code KOSPI} at Naver)
 * @param source the source's name ({@code yahoo-chart-v8}, {@code naver-polling}, {@code
 *     naver-sise-day}): the {@code source} of the events it yields
 * @param from the first exchange-local date wanted (current prices: the date asked on)
 * @param to the last exchange-local date wanted
 * @param reason why it was asked for
 * @param requestedAt when it was published
 */
public record FetchRequest(
        String id,
        String runKey,
        String symbol,
        String source,
        LocalDate from,
        LocalDate to,
        FetchReason reason,
        Instant requestedAt) {

    /** The id of the request of {@code runKey} for {@code symbol} from {@code source}. */
    public static String idOf(String runKey, String source, String symbol) {
        return runKey + "|" + source + "|" + symbol;
    }

    /** A request with its id made of its run, source and symbol. */
    public static FetchRequest of(
            String runKey,
            String symbol,
            String source,
            LocalDate from,
            LocalDate to,
            FetchReason reason,
            Instant requestedAt) {
        return new FetchRequest(idOf(runKey, source, symbol), runKey, symbol, source, from, to, reason, requestedAt);
    }

    /** Why a fetch was asked for. */
    public enum FetchReason {
        /** A market's scheduled run after its close (or hourly, for current prices). */
        SCHEDULE,
        /** A run missed while no ingestor was up, asked for at start. */
        CATCH_UP,
        /** An operator's backfill ({@code ./ollass backfill}). */
        BACKFILL
    }
}
