package dev.ollass.ingestor.symbol;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.symbol.list.StockListFile;
import dev.ollass.ingestor.symbol.list.StockLists;
import dev.ollass.ingestor.symbol.list.SymbolUniverse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the symbol universe: the stock lists shipped under {@code symbols/}, as
 * {@link ListedStock}s keyed by code on the compacted symbols topic, and their unusable rows as
 * rejects. Entries the topic already holds unchanged are not sent again, nor are the rejects of lists
 * it holds unchanged, so restarts add nothing.
 */
@Component
public class SymbolUniversePublisher {

    /** The {@code source} of the rejects and the tag of their counter. */
    public static final String SOURCE = "stock-list";

    private static final Logger log = LoggerFactory.getLogger(SymbolUniversePublisher.class);

    private final KafkaTemplate<String, ListedStock> symbols;
    private final IngestPublisher ingest;
    private final PublishedSymbols published;
    private final IngestorSettings settings;
    private final Clock clock;

    SymbolUniversePublisher(
            KafkaTemplate<String, ListedStock> symbols,
            IngestPublisher ingest,
            PublishedSymbols published,
            IngestorSettings settings,
            Clock clock) {
        this.symbols = symbols;
        this.ingest = ingest;
        this.published = published;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishOnStart() {
        if (settings.publishSymbolsOnStart()) {
            publish();
        }
    }

    /** The stock lists shipped with the ingestor, read: what it publishes, and what its schedules collect. */
    public SymbolUniverse shippedUniverse() {
        return shipped(clock.instant());
    }

    /** The stock lists shipped with the ingestor, read at {@code at}, without a running service (the backfill command). */
    public static SymbolUniverse shipped(java.time.Instant at) {
        return StockLists.read(shippedLists(), at);
    }

    /** Reads the shipped lists and publishes what changed; returns how many entries were sent. */
    public int publish() {
        SymbolUniverse universe = shippedUniverse();
        var previous = published.read();
        List<ListedStock> changed = previous.map(universe::changedSince).orElse(universe.stocks());
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (ListedStock stock : changed) {
            sends.add(symbols.send(Topics.SYMBOLS.name(), stock.code(), stock));
        }
        // Lists the topic already holds unchanged had their unusable rows rejected when they were
        // published: a restart sends neither again.
        List<SymbolUniverse.Rejection> rejections =
                previous.isEmpty() || !changed.isEmpty() ? universe.rejections() : List.of();
        rejections.stream()
                .collect(Collectors.groupingBy(
                        SymbolUniverse.Rejection::origin,
                        LinkedHashMap::new,
                        Collectors.mapping(SymbolUniversePublisher::asRejection, Collectors.toList())))
                .forEach((origin, ofList) -> ingest.publishRejections(SOURCE, origin, ofList));
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        log.info(
                "Symbol universe: {} stocks, {} published as new or changed to {}, {} rows superseded by a later"
                        + " list, {} rejected",
                universe.stocks().size(),
                changed.size(),
                Topics.SYMBOLS.name(),
                universe.superseded().size(),
                rejections.size());
        return changed.size();
    }

    /** A stock list's rejection as every source's: its line leads the reason, the origin is the list's file. */
    private static SourceBatch.Rejection asRejection(SymbolUniverse.Rejection rejection) {
        return new SourceBatch.Rejection(
                rejection.reasonCode().name(),
                "line " + rejection.line() + ": " + rejection.reason(),
                rejection.rawPayload());
    }

    private static List<StockListFile> shippedLists() {
        return StockLists.SEEDING_ORDER.stream()
                .map(StockLists::fileName)
                .map(name -> StockListCsv.parse(name, read(new ClassPathResource("symbols/" + name))))
                .toList();
    }

    private static String read(ClassPathResource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped stock list " + resource.getPath(), e);
        }
    }
}
