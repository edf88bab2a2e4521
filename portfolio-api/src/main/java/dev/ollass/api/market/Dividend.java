package dev.ollass.api.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dividend of a stock as served: the cash amount per share as the source reported it (split-adjusted
 * as of its download), exact, without trailing zeros, in {@code currency}.
 *
 * @param exDate the exchange-local ex-dividend date
 */
public record Dividend(String code, @JsonProperty("ex_date") LocalDate exDate, BigDecimal amount, String currency) {}
