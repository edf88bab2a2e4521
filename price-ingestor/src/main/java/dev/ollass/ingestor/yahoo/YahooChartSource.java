package dev.ollass.ingestor.yahoo;

import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/** Yahoo's v8 chart response as a {@link MarketSource}: JSON, UTF-8 unless its transport said otherwise. */
@Component
public final class YahooChartSource implements MarketSource {

    private final YahooChartParser parser = new YahooChartParser();

    /** The source's name: the {@code source} of its events and of fetch requests for it. */
    public static final String NAME = YahooChartParser.SOURCE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceBatch parse(SourcePayload payload) {
        String body =
                new String(payload.body(), payload.charset() == null ? StandardCharsets.UTF_8 : payload.charset());
        ChartParseResult result = parser.parse(body, payload.observedAt());
        return new SourceBatch(
                result.ticks(),
                result.actions(),
                List.of(),
                result.rejections().stream()
                        .map(r -> new SourceBatch.Rejection(r.reasonCode(), r.reason(), r.rawPayload()))
                        .toList());
    }
}
