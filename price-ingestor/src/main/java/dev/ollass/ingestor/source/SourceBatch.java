package dev.ollass.ingestor.source;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.PriceTick;
import java.util.List;

/**
 * What one payload yielded: daily ticks, corporate actions (dividends, splits), current prices, and
 * the rows, entries or the whole payload that could not be used.
 */
public record SourceBatch(
        List<PriceTick> ticks,
        List<CorporateAction> actions,
        List<CurrentPrice> currentPrices,
        List<Rejection> rejections) {

    public SourceBatch {
        ticks = List.copyOf(ticks);
        actions = List.copyOf(actions);
        currentPrices = List.copyOf(currentPrices);
        rejections = List.copyOf(rejections);
    }

    /**
     * Why some input was not used, with the input itself.
     *
     * @param reasonCode the source's stable reason name: the {@code reasonCode} of the reject event and
     *     the {@code reason} tag of the reject counter
     * @param rawPayload the input as received: the row, the entry or the whole payload
     */
    public record Rejection(String reasonCode, String reason, String rawPayload) {}
}
