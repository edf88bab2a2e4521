package dev.ollass.api.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One split of a stock as served: {@code numerator} new shares for every {@code denominator} old ones
 * ({@code 4} for {@code 1} in AAPL's 4:1 of 2020-08-31).
 *
 * @param exDate the exchange-local date from which the stock trades split
 */
public record Split(String code, @JsonProperty("ex_date") LocalDate exDate, int numerator, int denominator) {}
