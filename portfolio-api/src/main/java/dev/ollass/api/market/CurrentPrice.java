package dev.ollass.api.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest known price of a symbol: the close of its newest trading date.
 *
 * @param date the exchange-local trading date the price belongs to
 * @param observedAt when the source was read
 */
public record CurrentPrice(
        String code,
        BigDecimal price,
        String currency,
        LocalDate date,
        @JsonProperty("observed_at") Instant observedAt) {}
