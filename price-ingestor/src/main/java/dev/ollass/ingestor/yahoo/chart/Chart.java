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
    public record Series(
            Meta meta, List<Long> timestamps, Quote quote, List<@Nullable BigDecimal> adjClose, Events events) {

        /** A series without {@code events}: Yahoo sends none unless asked ({@code events=div,split}). */
        public Series(Meta meta, List<Long> timestamps, Quote quote, List<@Nullable BigDecimal> adjClose) {
            this(meta, timestamps, quote, adjClose, Events.NONE);
        }
    }

    /**
     * {@code events} of a series ({@code events=div,split}): Yahoo keys each event by its timestamp
     * and repeats it in the event's {@code date}.
     */
    public record Events(List<Dividend> dividends, List<Split> splits) {

        public static final Events NONE = new Events(List.of(), List.of());
    }

    /**
     * {@code events.dividends.<ts>}: the cash amount per share on the ex-date.
     *
     * @param date {@code date}, seconds since the epoch
     * @param currency {@code currency} when Yahoo names one for the dividend itself, else null
     */
    public record Dividend(
            @Nullable Long date,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    /**
     * {@code events.splits.<ts>}: {@code numerator} new shares for {@code denominator} old ones
     * ({@code 4} and {@code 1} for AAPL's 4:1). Yahoo writes them as numbers, which may have a
     * fraction ({@code 1.1} for a bonus issue).
     */
    public record Split(
            @Nullable Long date,
            @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator) {}

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
