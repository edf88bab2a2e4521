package dev.ollass.ingestor.yahoo.chart;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.PriceTick;
import java.util.List;

/**
 * What one Yahoo chart response yielded: the ticks and the corporate actions (dividends, splits)
 * to publish, and the rows, events or the whole response that could not be used.
 */
public record ChartParseResult(List<PriceTick> ticks, List<Rejection> rejections, List<CorporateAction> actions) {

    /** A result without corporate actions. */
    public ChartParseResult(List<PriceTick> ticks, List<Rejection> rejections) {
        this(ticks, rejections, List.of());
    }

    /**
     * Why some input was not turned into a tick, with the input itself.
     *
     * @param reasonCode a {@link RejectReason} name
     */
    public record Rejection(String reasonCode, String reason, String rawPayload) {

        public Rejection(RejectReason reasonCode, String reason, String rawPayload) {
            this(reasonCode.name(), reason, rawPayload);
        }
    }

    /** The whole response rejected, e.g. for an error answer or a body that is not JSON. */
    public static ChartParseResult rejected(RejectReason reasonCode, String reason, String rawPayload) {
        return new ChartParseResult(List.of(), List.of(new Rejection(reasonCode, reason, rawPayload)));
    }
}
