package dev.ollass.ingestor.naver;

import dev.ollass.ingestor.naver.price.CurrentPrices;
import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.source.SourcePayload;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Naver's polling answer as a {@link MarketSource}: current prices of stocks ({@code SERVICE_ITEM})
 * or levels of the KOSPI and KOSDAQ ({@code SERVICE_INDEX}), whichever the answer holds. The bytes
 * are decoded in the charset their transport declared (Naver declares EUC-KR for stocks), else as
 * JSON's UTF-8; the fields a price is read from are ASCII either way.
 */
@Component
public final class NaverPollingSource implements MarketSource {

    private final NaverPollingParser parser = new NaverPollingParser();

    /** The source's name: the {@code source} of its events and of fetch requests for it. */
    public static final String NAME = CurrentPrices.SOURCE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceBatch parse(SourcePayload payload) {
        String body =
                new String(payload.body(), payload.charset() == null ? StandardCharsets.UTF_8 : payload.charset());
        return NaverBatches.of(parser.parse(body, payload.observedAt()));
    }
}
