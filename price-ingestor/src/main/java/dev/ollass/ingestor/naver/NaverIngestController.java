package dev.ollass.ingestor.naver;

import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.publish.IngestSummary;
import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.web.OperatorEndpoint;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator endpoints for recorded Naver answers: upload one polling answer (a stock's current price or
 * the KOSPI's or KOSDAQ's level) or one daily price page, as received. The body is taken as bytes and
 * decoded in the charset its {@code Content-Type} declares (a daily price page without one in the
 * charset its {@code <meta>} declares), so EUC-KR arrives intact. Input that cannot be used is
 * published as rejects and said so in the summary; it is never an error of the endpoint.
 */
@RestController
@OperatorEndpoint
class NaverIngestController {

    private final IngestPublisher publisher;
    private final NaverPollingSource polling;
    private final NaverDailyPriceSource dailyPrices;
    private final Clock clock;

    NaverIngestController(
            IngestPublisher publisher, NaverPollingSource polling, NaverDailyPriceSource dailyPrices, Clock clock) {
        this.publisher = publisher;
        this.polling = polling;
        this.dailyPrices = dailyPrices;
        this.clock = clock;
    }

    @PostMapping(path = "/ingest/naver/polling", consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestSummary uploadPolling(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable MediaType contentType,
            @RequestParam(defaultValue = "upload") String origin) {
        return ingest(polling, origin, body, contentType, null);
    }

    @PostMapping(path = "/ingest/naver/sise-day", consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestSummary uploadDailyPrices(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable MediaType contentType,
            @RequestParam String code,
            @RequestParam(defaultValue = "upload") String origin) {
        return ingest(dailyPrices, origin, body, contentType, code);
    }

    private IngestSummary ingest(
            MarketSource source,
            String origin,
            byte @Nullable [] body,
            @Nullable MediaType contentType,
            @Nullable String code) {
        // A missing or empty body is bad input like any other: a reject on the rejects topic, not an error.
        byte[] bytes = body == null ? new byte[0] : body;
        return publisher.ingest(
                source,
                new SourcePayload(
                        origin, bytes, contentType == null ? null : contentType.getCharset(), code, clock.instant()));
    }
}
