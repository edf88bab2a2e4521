package dev.ollass.api.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One daily bar as served, in the original's field names ({@code StockDailyDict}); prices exact,
 * without trailing zeros, in {@code currency}. Added beyond the original: whether the bar is
 * {@code suspect} (its prices contradict each other, or it moved further than its kind's bound with
 * no split to explain it) and why; a suspect bar is served as the source gave it.
 */
public record DailyPrice(
        String code,
        LocalDate date,
        @JsonProperty("opening_price") BigDecimal openingPrice,
        @JsonProperty("highest_price") BigDecimal highestPrice,
        @JsonProperty("lowest_price") BigDecimal lowestPrice,
        @JsonProperty("close_price") BigDecimal closePrice,
        @JsonProperty("adj_close_price") BigDecimal adjClosePrice,
        @JsonProperty("trade_volume") long tradeVolume,
        String currency,
        boolean suspect,
        @JsonProperty("suspect_reasons") List<SuspectReason> suspectReasons) {

    public DailyPrice {
        suspectReasons = List.copyOf(suspectReasons);
        if (suspect == suspectReasons.isEmpty()) {
            throw new IllegalArgumentException("a bar is suspect exactly when it has reasons: " + suspectReasons);
        }
    }

    /** A bar, suspect when {@code suspectReasons} is not empty. */
    public DailyPrice(
            String code,
            LocalDate date,
            BigDecimal openingPrice,
            BigDecimal highestPrice,
            BigDecimal lowestPrice,
            BigDecimal closePrice,
            BigDecimal adjClosePrice,
            long tradeVolume,
            String currency,
            List<SuspectReason> suspectReasons) {
        this(
                code,
                date,
                openingPrice,
                highestPrice,
                lowestPrice,
                closePrice,
                adjClosePrice,
                tradeVolume,
                currency,
                !suspectReasons.isEmpty(),
                suspectReasons);
    }
}
