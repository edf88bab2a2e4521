package dev.ollass.ingestor.yahoo.chart;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Yahoo v8 chart response ({@code {"chart":{"result":[...],"error":...}}}) as read, before
 * anything in it is trusted: every field Yahoo may leave out is nullable, and the price columns
 * keep Yahoo's layout (one list per field, one value per timestamp) so that {@link DailyTicks}
 * can check that they line up.
 *
 * @param error {@code chart.error}, null when Yahoo reported none
 * @param results {@code chart.result}, empty when it was null or empty
 */
public record Chart(@Nullable SourceError error, List<Series> results) {

    /** Yahoo's own error, e.g. {@code Not Found: No data found, symbol may be delisted}. */
    public record SourceError(String code, String description) {}

    /**
     * One entry of {@code chart.result}: a ticker's metadata and its bars.
     *
     * @param timestamps {@code timestamp}, seconds since the epoch; empty when Yahoo sent none
     * @param adjClose {@code indicators.adjclose[0].adjclose}; may be shorter than the timestamps or empty
     */
    public record Series(Meta meta, List<Long> timestamps, Quote quote, List<@Nullable BigDecimal> adjClose) {}

    /** The part of {@code meta} a tick needs. */
    public record Meta(
            @Nullable String symbol,
            @Nullable String currency,
            @Nullable String exchangeTimezoneName,
            @Nullable String instrumentType,
            @Nullable String dataGranularity) {}

    /**
     * {@code indicators.quote[0]}: a column missing in the response is an empty list, a null
     * value in a column is a null element.
     */
    public record Quote(
            List<@Nullable BigDecimal> open,
            List<@Nullable BigDecimal> high,
            List<@Nullable BigDecimal> low,
            List<@Nullable BigDecimal> close,
            List<@Nullable Long> volume) {}
}
