package dev.ollass.api.chart.market.calc;

import java.math.BigDecimal;

/**
 * One code's share of a whole, in percent (rounded to {@value Shares#PERCENT_SCALE} decimals, half even).
 *
 * @param code a stock code as the market data knows it ({@code AAPL}, {@code 005930})
 */
public record Share(String code, BigDecimal percent) {}
