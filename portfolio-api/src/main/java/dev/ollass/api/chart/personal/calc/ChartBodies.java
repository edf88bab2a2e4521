package dev.ollass.api.chart.personal.calc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The personal charts' JSON bodies: the original's keys (spec §3.1), amounts in KRW, rates in %. Added, never
 * changed: {@code missing_data} in object bodies, {@code code}, {@code price_date} and {@code stale} in
 * {@code my-stock}'s items.
 */
public final class ChartBodies {

    private ChartBodies() {}

    /** {@code values1}/{@code values2} of a line chart: {@code {values, name}}, or {} when the chart is empty. */
    static Map<String, Object> series(List<BigDecimal> values, String name) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("values", List.copyOf(values));
        series.put("name", name);
        return series;
    }

    /** {@code GET /asset-save-trend}. */
    public record SaveTrend(
            List<String> xAxises,
            List<String> dates,
            Map<String, Object> values1,
            Map<String, Object> values2,
            String unit,
            @JsonProperty("missing_data") List<String> missingData) {}

    /** One year of {@code GET /estimate-dividend?category=every}: twelve monthly sums. */
    public record DividendYear(List<String> xAxises, List<BigDecimal> data, String unit, BigDecimal total) {}

    /** One slice of {@code composition} and of {@code estimate-dividend?category=type}. */
    public record Share(
            String name,
            @JsonProperty("percent_rate") BigDecimal percentRate,
            @JsonProperty("current_amount") BigDecimal currentAmount) {}

    /** {@code GET /performance-analysis}. */
    public record Performance(
            List<String> xAxises,
            List<String> dates,
            Map<String, Object> values1,
            Map<String, Object> values2,
            String unit,
            BigDecimal myReturnRate,
            BigDecimal contrastMarketReturns,
            @JsonProperty("missing_data") List<String> missingData) {}

    /**
     * One held stock of {@code GET /my-stock}.
     *
     * @param code the stock's code (added)
     * @param priceDate the date of the price {@code current_price} is (added): older than today when stale,
     *     null when the market has no price and the stock is shown at its cost
     * @param stale whether that price is older than five days (added)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MyStock(
            String name,
            @JsonProperty("current_price") BigDecimal currentPrice,
            @JsonProperty("profit_rate") BigDecimal profitRate,
            @JsonProperty("profit_amount") BigDecimal profitAmount,
            BigDecimal quantity,
            String code,
            @JsonProperty("price_date") @Nullable String priceDate,
            boolean stale) {}

    /** {@code GET /summary}. */
    public record Summary(
            @JsonProperty("increase_asset_amount") BigDecimal increaseAssetAmount,
            @JsonProperty("total_asset_amount") BigDecimal totalAssetAmount,
            @JsonProperty("total_investment_amount") BigDecimal totalInvestmentAmount,
            Profit profit,
            @JsonProperty("missing_data") List<String> missingData) {}

    /** {@code profit} of {@code summary}. */
    public record Profit(
            @JsonProperty("profit_amount") BigDecimal profitAmount,
            @JsonProperty("profit_rate") BigDecimal profitRate) {}
}
