package dev.ollass.ingestor.yahoo.quote;

import dev.ollass.contracts.market.CurrentPrice;
import java.util.List;

/** What one quote answer yielded: current prices, and the entries, symbols or the whole answer that gave none. */
public record QuoteParseResult(List<CurrentPrice> currentPrices, List<Rejection> rejections) {

    public QuoteParseResult {
        currentPrices = List.copyOf(currentPrices);
        rejections = List.copyOf(rejections);
    }

    /** Why some input gave no price, with the input itself. */
    public record Rejection(QuoteRejectReason reason, String text, String rawPayload) {}

    /** The whole answer rejected. */
    public static QuoteParseResult rejected(QuoteRejectReason reason, String text, String rawPayload) {
        return new QuoteParseResult(List.of(), List.of(new Rejection(reason, text, rawPayload)));
    }
}
