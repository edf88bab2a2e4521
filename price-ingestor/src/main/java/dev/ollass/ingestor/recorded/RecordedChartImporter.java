package dev.ollass.ingestor.recorded;

import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.publish.IngestSummary;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports the recorded data: the price history bundled with the service ({@link
 * RecordedHistoryImporter}) and, if configured, every Yahoo chart response ({@code *.json}) in {@code
 * ollass.ingestor.recorded-dir}. Also the entry point of uploads ({@link #importChart}).
 */
@Component
public class RecordedChartImporter {

    private static final Logger log = LoggerFactory.getLogger(RecordedChartImporter.class);

    private final YahooChartSource yahoo;
    private final IngestPublisher publisher;
    private final RecordedHistoryImporter history;
    private final IngestorSettings settings;
    private final Clock clock;

    RecordedChartImporter(
            IngestPublisher publisher,
            YahooChartSource yahoo,
            RecordedHistoryImporter history,
            IngestorSettings settings,
            Clock clock) {
        this.publisher = publisher;
        this.yahoo = yahoo;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnStart() {
        if (settings.importRecordedOnStart()) {
            RecordedImportReport report = importAll();
            log.info(
                    "Imported {} recorded files and {} recorded responses",
                    report.history().size(),
                    report.responses().size());
        }
    }

    /** Publishes the recorded history files not yet published, then the responses in the recorded directory. */
    public RecordedImportReport importAll() {
        List<RecordedFileImport> files = history.importAll();
        List<IngestSummary> summaries = new ArrayList<>();
        Path dir = settings.recordedDir();
        if (dir != null) {
            for (Path file : jsonFilesIn(dir)) {
                summaries.add(importChart(file.toString(), read(file)));
            }
        }
        return new RecordedImportReport(files, summaries);
    }

    public IngestSummary importChart(String origin, String body) {
        return publisher.ingest(
                yahoo,
                new SourcePayload(
                        origin, body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null, clock.instant()));
    }

    private static List<Path> jsonFilesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list recorded responses in " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
