package dev.ollass.api.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One daily bar as served, in the original's field names ({@code StockDailyDict}); prices exact,
 * without trailing zeros, in {@code currency}.
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
        String currency) {}
