package dev.ollass.ingestor.recorded;

import dev.ollass.ingestor.publish.IngestSummary;
import java.util.List;

/**
 * What importing the recorded data did.
 *
 * @param history each file of the bundled price history: published now, or already published
 * @param responses each Yahoo chart response of the recorded directory
 */
public record RecordedImportReport(List<RecordedFileImport> history, List<IngestSummary> responses) {}
