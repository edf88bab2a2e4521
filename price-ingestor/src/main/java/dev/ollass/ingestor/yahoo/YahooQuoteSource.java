package dev.ollass.ingestor.yahoo;

import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.ingestor.yahoo.quote.QuoteParseResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Yahoo's v7 quote answer as a {@link MarketSource}: current prices, JSON in UTF-8 unless its
 * transport said otherwise. The payload's {@code code} is the comma-separated list of tickers asked
 * for ({@code AAPL,BRK-B}), so that a ticker missing from the answer is a reject naming it.
 */
@Component
public final class YahooQuoteSource implements MarketSource {

    /** The source's name: the {@code source} of its events and of fetch requests for it. */
    public static final String NAME = YahooQuoteParser.SOURCE;

    private final YahooQuoteParser parser = new YahooQuoteParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceBatch parse(SourcePayload payload) {
        String body =
                new String(payload.body(), payload.charset() == null ? StandardCharsets.UTF_8 : payload.charset());
        QuoteParseResult result = parser.parse(body, tickers(payload.code()), payload.observedAt());
        return new SourceBatch(
                List.of(),
                List.of(),
                result.currentPrices(),
                result.rejections().stream()
                        .map(r -> new SourceBatch.Rejection(r.reason().name(), r.text(), r.rawPayload()))
                        .toList());
    }

    /** The tickers of a comma-separated list; none for null. */
    public static List<String> tickers(@Nullable String list) {
        return list == null
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
