package dev.ollass.ingestor.recorded;

import dev.ollass.ingestor.publish.IngestSummary;
import dev.ollass.web.OperatorEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator endpoints for offline data: upload one recorded Yahoo chart response, or import the
 * recorded data (files already published with the same content are skipped). Served on the ingestor's own port, which is not meant to be exposed to users, and
 * only with the operator credential.
 */
@RestController
@OperatorEndpoint
class IngestController {

    private final RecordedChartImporter importer;

    IngestController(RecordedChartImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/ingest/yahoo/chart", consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestSummary uploadChart(@RequestBody String body, @RequestParam(defaultValue = "upload") String origin) {
        return importer.importChart(origin, body);
    }

    @PostMapping("/ingest/recorded")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RecordedImportReport importRecorded() {
        return importer.importAll();
    }
}
