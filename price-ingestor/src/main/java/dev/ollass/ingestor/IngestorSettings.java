package dev.ollass.ingestor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the price ingestor ({@code ollass.ingestor.*}).
 *
 * @param importRecordedOnStart publish the recorded price history (and the responses in {@code
 *     recordedDir}) once the service is up: the offline local run. A file already published with the
 *     same content is skipped (the ledger topic {@code market.recorded-imports.v1})
 * @param recordedDir an extra directory of recorded Yahoo chart responses ({@code *.json}) to
 *     import on start; unset for none
 * @param recordedUntil the last date the recorded history is published to: rows and corporate
 *     actions dated later are withheld, as the market has not reached them (the local run sets its
 *     market date, 2021-04-16); unset for every row
 * @param publishSymbolsOnStart publish the symbol universe (the stock lists shipped with the
 *     service) once the service is up; only entries that differ from what the symbols topic holds
 *     are sent, so a restart republishes nothing
 * @param live the live sources (Yahoo, Naver) and the collection that runs by itself
 */
@ConfigurationProperties("ollass.ingestor")
public record IngestorSettings(
        @DefaultValue("false") boolean importRecordedOnStart,
        @Nullable Path recordedDir,
        @Nullable LocalDate recordedUntil,
        @DefaultValue("true") boolean publishSymbolsOnStart,
        @DefaultValue Live live) {

    /**
     * The live sources and the collection that uses them ({@code ollass.ingestor.live.*}).
     *
     * @param enabled whether this instance fetches from the live sources at all: consumes fetch requests
     *     and runs the markets' schedules. Off by default, so that nothing reaches the internet unless
     *     told to ({@code OLLASS_LIVE_SOURCES=true}); the local run keeps it off
     * @param schedule whether this instance also runs the markets' schedules and the start-up catch-up
     *     (when {@code enabled}); several instances may: a run's requests have one id whoever publishes
     *     them, and a request already done is skipped
     * @param userAgent the {@code User-Agent} of every request: a browser's, as sources refuse others
     * @param connectTimeout how long a connection may take to open
     * @param requestTimeout how long an answer may take, from the request to its last byte
     * @param consumers consumer threads of this instance for fetch requests (the topic has 6 partitions)
     * @param unavailablePause how long a consumer pauses when its source's circuit is open (or its rate
     *     limit or bulkhead has no room) before it tries the same request again
     * @param catchUpDays how many days back the start-up catch-up looks for scheduled runs that were missed
     * @param symbols the symbols the schedules collect, as the shipped lists write their codes; empty for
     *     every Korean and US stock of the lists (as the original)
     * @param fxTickers the exchange rates the schedules collect, as Yahoo writes them
     * @param quoteBatch how many US tickers one request for current prices asks Yahoo's quote API for
     *     ({@code /v7/finance/quote?symbols=A,B,...}): one fetch request per batch, so the hourly US run
     *     costs a few requests of Yahoo's 500 an hour rather than one per stock
     * @param ledgerKeep how long after a fetch request was done its id is held in memory to tell a
     *     redone or republished copy of it (the compacted topic keeps it for good; a backfill reads that):
     *     longer than {@code catchUpDays}, which asks whether runs that old were done
     * @param ledgerMostEntries the most fetch request ids held in memory, whatever their age
     * @param yahooCookieUrl the page that sets Yahoo's session cookie before a crumb is asked for
     *     ({@code /v1/test/getcrumb} at {@code yahoo}'s base URL); the quote API refuses a request
     *     without both (401 {@code Invalid Crumb})
     * @param yahoo Yahoo's chart and quote APIs, one rate limit and circuit for both (defaults in {@code application.properties}: {@code
     *     https://query1.finance.yahoo.com}, 500 requests an hour, 4 at once, 4 tries from 2 s, a 429 opens
     *     the circuit for 30 minutes)
     * @param naver Naver's daily price pages ({@code https://finance.naver.com}, 3,600 an hour, 4 at once,
     *     4 tries from 1 s, a 429 is retried, open for 5 minutes)
     * @param naverPolling Naver's polling API for current prices ({@code https://polling.finance.naver.com},
     *     as {@code naver})
     */
    public record Live(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("true") boolean schedule,
            @DefaultValue(BROWSER) String userAgent,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("20s") Duration requestTimeout,
            @DefaultValue("2") int consumers,
            @DefaultValue("30s") Duration unavailablePause,
            @DefaultValue("7") int catchUpDays,
            @DefaultValue List<String> symbols,
            @DefaultValue("KRW=X") List<String> fxTickers,
            @DefaultValue("50") int quoteBatch,
            @DefaultValue("8d") Duration ledgerKeep,
            @DefaultValue("200000") long ledgerMostEntries,
            @DefaultValue("https://fc.yahoo.com") URI yahooCookieUrl,
            Source yahoo,
            Source naver,
            Source naverPolling) {

        public static final String BROWSER =
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    }

    /**
     * One live source: where it is and how politely it is asked.
     *
     * @param baseUrl scheme, host and port the source's paths are appended to
     * @param requestsPerHour requests this instance sends at most, spread evenly (Yahoo: 500, as the
     *     original documented)
     * @param maxConcurrent requests in flight at once (the bulkhead)
     * @param maxAttempts tries of one request on a 5xx, a timeout or a broken answer (and a 429 where it
     *     does not open the circuit), with exponential back-off and jitter between them
     * @param firstBackoff the pause before the second try; each next one doubles, with ±50% jitter
     * @param openOn429 whether one 429 opens the circuit at once: Yahoo's 429 is a block, not a momentary
     *     limit, and asking again only prolongs it
     * @param openFor how long the circuit stays open (no request at all) before one trial request
     */
    public record Source(
            URI baseUrl,
            int requestsPerHour,
            int maxConcurrent,
            int maxAttempts,
            Duration firstBackoff,
            boolean openOn429,
            Duration openFor) {}
}
