package dev.ollass.ingestor.yahoo;

import dev.ollass.contracts.market.PriceTick;
import java.util.List;

/**
 * What one Yahoo chart response yielded: the ticks to publish and the rows or the whole response
 * that could not be used.
 */
public record ChartParseResult(List<PriceTick> ticks, List<Rejection> rejections) {

    /** Why some input was not turned into a tick, with the input itself. */
    public record Rejection(String reasonCode, String reason, String rawPayload) {}

    static ChartParseResult rejected(String reasonCode, String reason, String rawPayload) {
        return new ChartParseResult(List.of(), List.of(new Rejection(reasonCode, reason, rawPayload)));
    }
}
