package dev.ollass.ingestor.recorded;

import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.publish.IngestSummary;
import dev.ollass.ingestor.yahoo.YahooChartParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports recorded Yahoo chart responses: the ones bundled under {@code recorded/yahoo/} and, if
 * configured, every {@code *.json} in {@code ollass.ingestor.recorded-dir}. Also the entry point of
 * uploads ({@link #importChart}).
 */
@Component
public class RecordedChartImporter {

    private static final Logger log = LoggerFactory.getLogger(RecordedChartImporter.class);

    private final YahooChartParser parser = new YahooChartParser();
    private final IngestPublisher publisher;
    private final IngestorSettings settings;
    private final Clock clock;

    RecordedChartImporter(IngestPublisher publisher, IngestorSettings settings, Clock clock) {
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnStart() {
        if (settings.importRecordedOnStart()) {
            List<IngestSummary> summaries = importAll();
            log.info("Imported {} recorded responses", summaries.size());
        }
    }

    public List<IngestSummary> importAll() {
        List<IngestSummary> summaries = new ArrayList<>();
        for (Resource resource : bundled()) {
            summaries.add(importChart("classpath:recorded/yahoo/" + resource.getFilename(), read(resource)));
        }
        Path dir = settings.recordedDir();
        if (dir != null) {
            for (Path file : jsonFilesIn(dir)) {
                summaries.add(importChart(file.toString(), read(file)));
            }
        }
        return summaries;
    }

    public IngestSummary importChart(String origin, String body) {
        return publisher.publish(YahooChartParser.SOURCE, origin, parser.parse(body, clock.instant()));
    }

    private static List<Resource> bundled() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:recorded/yahoo/*.json");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
