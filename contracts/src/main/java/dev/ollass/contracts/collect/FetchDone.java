package dev.ollass.contracts.collect;

import java.time.Instant;
import java.util.Map;

/**
 * What became of one {@link FetchRequest}: written once what the fetch yielded is acknowledged by the
 * broker, keyed by the request's id on the compacted {@code market.fetches-done.v1}. A request whose
 * id is there is not fetched again; a backfill counts its progress here.
 *
 * @param id the request's id
 * @param runKey the request's run
 * @param symbol the request's symbol
 * @param source the request's source
 * @param outcome what the fetch ended in
 * @param ticks ticks published
 * @param actions dividends and splits published
 * @param currentPrices current prices published
 * @param rejects rejects published (rows of the answer, or the whole answer), by reason code
 * @param answers answers (pages) it took, each read and published
 * @param attempts HTTP requests made: more than {@code answers} when some were retried
 * @param detail a sentence for a person: what was fetched, or why not
 * @param doneAt when it was done
 */
public record FetchDone(
        String id,
        String runKey,
        String symbol,
        String source,
        Outcome outcome,
        int ticks,
        int actions,
        int currentPrices,
        Map<String, Integer> rejects,
        int answers,
        int attempts,
        String detail,
        Instant doneAt) {

    public FetchDone {
        rejects = Map.copyOf(rejects);
    }

    /** HTTP requests made again after a 429, a 5xx, a timeout or a broken answer. */
    public int retries() {
        return Math.max(0, attempts - answers);
    }

    /** How many rejects were published, whatever their reason. */
    public int rejectCount() {
        return rejects.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What a fetch ended in. */
    public enum Outcome {
        /** The source answered and what it answered was published, with any rows it could not use as rejects. */
        FETCHED,
        /**
         * The source never gave a usable answer (5xx, timeouts, broken connections after every retry, or
         * an answer no parser could read): a reject with the reason and what was received was published.
         */
        REJECTED,
        /** Not fetched: the request names a source this ingestor does not collect from. */
        SKIPPED
    }
}
