package dev.ollass.ingestor.naver;

import dev.ollass.ingestor.naver.price.DailyPrices;
import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.source.SourcePayload;
import org.springframework.stereotype.Component;

/**
 * Naver's daily price page ({@code sise_day}) of the stock that was asked for, as a {@link
 * MarketSource}: the page's bytes, decoded as {@link NaverDailyPriceParser} does. A payload that asked
 * for no code is rejected as an unknown symbol: the page does not say in its data whose prices it holds.
 */
@Component
public final class NaverDailyPriceSource implements MarketSource {

    private final NaverDailyPriceParser parser = new NaverDailyPriceParser();

    /** The source's name: the {@code source} of its events and of fetch requests for it. */
    public static final String NAME = DailyPrices.SOURCE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceBatch parse(SourcePayload payload) {
        String code = payload.code() == null ? "" : payload.code();
        return NaverBatches.of(parser.parse(payload.body(), payload.charset(), code, payload.observedAt()));
    }
}
