package dev.ollass.ingestor.collect;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.ingestor.live.LiveFetcher;
import dev.ollass.ingestor.live.SourceUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * One instance's share of the fetch requests: the ingestors read {@code market.fetch-requests.v1} as
 * one consumer group, so instances split its partitions, and those of an instance that stops move to
 * the others. A request is committed only after what it yielded and its ledger entry are acknowledged
 * (at least once): a request cut short by a crash is done again, harmlessly, as every topic it writes
 * is keyed by its natural key. A request already in the ledger (published twice, or done before a
 * rebalance) is skipped. When its source must not be asked now the request stays uncommitted and this
 * consumer pauses, then tries it again.
 */
class FetchRequestListener {

    static final String GROUP = "price-ingestor-fetchers";
    static final String ID = "fetch-requests";

    private static final Logger log = LoggerFactory.getLogger(FetchRequestListener.class);

    private final LiveFetcher fetcher;
    private final FetchLedger ledger;
    private final MeterRegistry meters;

    FetchRequestListener(LiveFetcher fetcher, FetchLedger ledger, MeterRegistry meters) {
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.meters = meters;
    }

    @KafkaListener(
            id = ID,
            groupId = GROUP,
            topics = "market.fetch-requests.v1",
            containerFactory = "fetchRequestListenerFactory",
            concurrency = "${ollass.ingestor.live.consumers:2}")
    void onRequest(FetchRequest request) throws SourceUnavailable, InterruptedException {
        if (!ledger.awaitCaughtUp()) {
            throw new IllegalStateException("The fetch ledger could not be read; " + request.id() + " waits");
        }
        if (ledger.isDone(request.id())) {
            meters.counter("ollass.fetch.requests", "source", request.source(), "outcome", "ALREADY_DONE")
                    .increment();
            log.debug("Already done: {}", request.id());
            return;
        }
        FetchDone done = fetcher.fetch(request);
        ledger.record(done);
        meters.counter(
                        "ollass.fetch.requests",
                        "source",
                        request.source(),
                        "outcome",
                        done.outcome().name())
                .increment();
        log.info("Fetched {}: {}, {}", request.id(), done.outcome(), done.detail());
    }
}
