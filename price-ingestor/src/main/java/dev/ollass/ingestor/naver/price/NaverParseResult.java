package dev.ollass.ingestor.naver.price;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.PriceTick;
import java.util.List;

/**
 * What one Naver response yielded: daily ticks (the daily price table) or current prices (the polling
 * JSON), and what could not be used.
 */
public record NaverParseResult(List<PriceTick> ticks, List<CurrentPrice> currentPrices, List<Rejection> rejections) {

    /**
     * Why some input was not turned into a price, with the input itself.
     *
     * @param reasonCode a {@link NaverRejectReason} name
     */
    public record Rejection(String reasonCode, String reason, String rawPayload) {

        public Rejection(NaverRejectReason reasonCode, String reason, String rawPayload) {
            this(reasonCode.name(), reason, rawPayload);
        }
    }

    /** The whole response rejected. */
    public static NaverParseResult rejected(NaverRejectReason reasonCode, String reason, String rawPayload) {
        return new NaverParseResult(List.of(), List.of(), List.of(new Rejection(reasonCode, reason, rawPayload)));
    }
}
