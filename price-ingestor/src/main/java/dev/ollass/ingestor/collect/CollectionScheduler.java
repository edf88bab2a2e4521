package dev.ollass.ingestor.collect;

import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.collect.plan.CollectionPlan;
import dev.ollass.ingestor.collect.plan.MarketJob;
import dev.ollass.ingestor.symbol.SymbolUniversePublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the markets' jobs ({@link CollectionPlan}) at their times in their zones: each run publishes one
 * fetch request per symbol, keyed by symbol, for the ingestors' consumer group to do. Every instance
 * with {@code schedule} on runs them; the de-duplication is Kafka's, by key: a run's requests carry the
 * same ids whoever publishes them, so the second copy of a request, which lands on the same partition
 * behind the first, finds it in the fetch ledger and is skipped. No database lock is needed (the
 * ingestor has no database). At start, after the ledger is read, runs missed while no instance was up
 * are caught up ({@code catch-up-days} back).
 */
public class CollectionScheduler {

    private static final Logger log = LoggerFactory.getLogger(CollectionScheduler.class);

    private final IngestorSettings.Live settings;
    private final FetchLedger ledger;
    private final KafkaTemplate<String, FetchRequest> requests;
    private final ThreadPoolTaskScheduler scheduler;
    private final SymbolUniversePublisher symbols;
    private final Clock clock;

    CollectionScheduler(
            IngestorSettings.Live settings,
            FetchLedger ledger,
            KafkaTemplate<String, FetchRequest> requests,
            ThreadPoolTaskScheduler scheduler,
            SymbolUniversePublisher symbols,
            Clock clock) {
        this.settings = settings;
        this.ledger = ledger;
        this.requests = requests;
        this.scheduler = scheduler;
        this.symbols = symbols;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!settings.schedule()) {
            return;
        }
        List<MarketJob> jobs = jobs();
        scheduler.execute(() -> catchUp(jobs));
        for (MarketJob job : jobs) {
            scheduler.schedule(
                    () -> publish(job.run(ZonedDateTime.now(clock.withZone(job.zone())), clock.instant())),
                    trigger(job));
        }
        log.info(
                "Collection scheduled: {}",
                jobs.stream()
                        .map(j ->
                                j.market() + " " + j.job() + " (" + j.symbols().size() + ")")
                        .toList());
    }

    /** The plan for the symbols this instance collects: the lists' Korean and US stocks, or those named. */
    List<MarketJob> jobs() {
        List<ListedStock> stocks = symbols.shippedUniverse().stocks().stream()
                .filter(s -> settings.symbols().isEmpty() || settings.symbols().contains(s.code()))
                .toList();
        List<ListedStock> korean =
                stocks.stream().filter(s -> country(s, "KOREA")).toList();
        return CollectionPlan.of(
                new CollectionPlan.Korea(
                        korean.stream().map(ListedStock::yahooTicker).toList(),
                        korean.stream().map(ListedStock::code).toList()),
                stocks.stream()
                        .filter(s -> country(s, "USA"))
                        .map(ListedStock::yahooTicker)
                        .toList(),
                settings.fxTickers(),
                settings.quoteBatch());
    }

    private static boolean country(ListedStock stock, String country) {
        return stock.country().toUpperCase(Locale.ROOT).equals(country);
    }

    void catchUp(List<MarketJob> jobs) {
        try {
            if (!ledger.awaitCaughtUp()) {
                log.warn("No catch-up: the fetch ledger could not be read");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Instant now = clock.instant();
        for (MarketJob job : jobs) {
            Optional<List<FetchRequest>> missed = job.catchUp(
                    ZonedDateTime.now(clock.withZone(job.zone())), settings.catchUpDays(), ledger::knowsRun, now);
            missed.ifPresent(requests -> {
                log.info(
                        "Catching up on {} {}: {} requests from {}",
                        job.market(),
                        job.job(),
                        requests.size(),
                        requests.getFirst().from());
                publish(requests);
            });
        }
    }

    /** Publishes {@code run}'s requests, keyed by symbol; returns once the broker has them all. */
    void publish(List<FetchRequest> run) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (FetchRequest request : run) {
            sends.add(requests.send(Topics.FETCH_REQUESTS.name(), request.symbol(), request));
        }
        requests.flush();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        if (!run.isEmpty()) {
            log.info(
                    "Published {} fetch requests of {}",
                    run.size(),
                    run.getFirst().runKey());
        }
    }

    private Trigger trigger(MarketJob job) {
        return (TriggerContext context) -> {
            Instant last = context.lastScheduledExecution();
            ZonedDateTime after = (last == null ? clock.instant() : last).atZone(job.zone());
            return job.time().next(after).toInstant();
        };
    }
}
