package dev.ollass.ingestor.recorded;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.market.RecordedImport;
import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.recorded.history.CorporateActionsCsv;
import dev.ollass.ingestor.recorded.history.CsvTable;
import dev.ollass.ingestor.recorded.history.PriceHistoryCsv;
import dev.ollass.ingestor.recorded.history.RecordedReadResult;
import dev.ollass.ingestor.source.SourceBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Publishes the recorded price history bundled with the service ({@code recorded/prices/}: one
 * Yahoo CSV download per ticker, {@code dividends.csv}, {@code dividends_kr_derived.csv}, {@code
 * splits.csv}) through the same validation and publishing as live data, skipping every file the
 * ledger says was already published with the same content up to the same date.
 */
@Component
class RecordedHistoryImporter {

    static final String LOCATION = "recorded/prices/";

    private static final Logger log = LoggerFactory.getLogger(RecordedHistoryImporter.class);
    private static final String DIVIDEND_FILE = "dividends.csv";
    // Korean dividends reconstructed from the Adj Close series (see PROVENANCE.md): marked as such.
    private static final String DERIVED_DIVIDEND_FILE = "dividends_kr_derived.csv";
    private static final String SPLIT_FILE = "splits.csv";
    // Two files in flight keep both cores busy on a small machine: one being read while the other's
    // records are acknowledged. More only adds memory (a whole file's ticks each).
    private static final int IMPORT_THREADS = 2;

    private final IngestPublisher publisher;
    private final RecordedImportLedger ledger;
    private final IngestorSettings settings;
    private final Clock clock;

    RecordedHistoryImporter(
            IngestPublisher publisher, RecordedImportLedger ledger, IngestorSettings settings, Clock clock) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Publishes every bundled file not yet published with its current content; says what it did with
     * each, in file order. Files are read and published a few at a time: reading and validating one
     * file is CPU work that would otherwise wait for the broker's acknowledgements of the one before.
     * Order between files does not matter (each price file is one series; actions travel apart).
     */
    List<RecordedFileImport> importAll() {
        long started = System.nanoTime();
        Map<String, RecordedImport> published = ledger.published();
        LocalDate until = settings.recordedUntil();
        List<RecordedFileImport> imports;
        try (ExecutorService files = Executors.newFixedThreadPool(IMPORT_THREADS)) {
            List<CompletableFuture<RecordedFileImport>> running = bundled().stream()
                    .map(resource -> CompletableFuture.supplyAsync(() -> importFile(resource, published, until), files))
                    .toList();
            imports = running.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        log.info(
                "Recorded history: {} files published, {} already published, in {} ms",
                imports.stream().filter(RecordedFileImport::publishedNow).count(),
                imports.stream().filter(i -> !i.publishedNow()).count(),
                (System.nanoTime() - started) / 1_000_000);
        return imports;
    }

    private RecordedFileImport importFile(
            Resource resource, Map<String, RecordedImport> published, @Nullable LocalDate until) {
        String file = resource.getFilename();
        String content = read(resource);
        String sha256 = sha256(content);
        RecordedImport earlier = published.get(file);
        if (earlier != null && earlier.covers(sha256, until)) {
            return RecordedFileImport.alreadyPublished(earlier);
        }
        RecordedImport entry = publish(file, content, sha256, until);
        ledger.record(entry);
        log.info(
                "{}: {} published, {} rejected, {} withheld after {}",
                file,
                entry.published(),
                entry.rejected(),
                entry.withheld(),
                until);
        return RecordedFileImport.published(entry);
    }

    private RecordedImport publish(String file, String content, String sha256, @Nullable LocalDate until) {
        String origin = "classpath:" + LOCATION + file;
        Instant observedAt = clock.instant();
        CsvTable table = CsvFiles.read(content);
        if (DIVIDEND_FILE.equals(file) || DERIVED_DIVIDEND_FILE.equals(file) || SPLIT_FILE.equals(file)) {
            String source =
                    DERIVED_DIVIDEND_FILE.equals(file) ? CorporateActionsCsv.DERIVED_SOURCE : PriceHistoryCsv.SOURCE;
            RecordedReadResult<CorporateAction> read = SPLIT_FILE.equals(file)
                    ? CorporateActionsCsv.splits(origin, table, observedAt, until)
                    : CorporateActionsCsv.dividends(origin, table, source, observedAt, until);
            publisher.publish(source, origin, new SourceBatch(List.of(), read.events(), List.of(), rejections(read)));
            return entry(file, sha256, until, read);
        }
        String ticker = file.substring(0, file.length() - ".csv".length());
        RecordedReadResult<PriceTick> read = PriceHistoryCsv.read(ticker, origin, table, observedAt, until);
        publisher.publish(
                PriceHistoryCsv.SOURCE, origin, new SourceBatch(read.events(), List.of(), List.of(), rejections(read)));
        return entry(file, sha256, until, read);
    }

    private static List<SourceBatch.Rejection> rejections(RecordedReadResult<?> read) {
        return read.rejections().stream()
                .map(r -> new SourceBatch.Rejection(r.reasonCode(), r.reason(), r.rawPayload()))
                .toList();
    }

    private RecordedImport entry(String file, String sha256, @Nullable LocalDate until, RecordedReadResult<?> read) {
        return new RecordedImport(
                file, sha256, until, read.events().size(), read.rejections().size(), read.withheld(), clock.instant());
    }

    private static List<Resource> bundled() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.csv");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
