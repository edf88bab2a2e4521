package dev.ollass.ingestor.yahoo.chart;

import static dev.ollass.ingestor.yahoo.chart.RejectReason.INCONSISTENT_BAR;
import static dev.ollass.ingestor.yahoo.chart.RejectReason.NOT_DAILY;
import static dev.ollass.ingestor.yahoo.chart.RejectReason.NO_RESULT;
import static dev.ollass.ingestor.yahoo.chart.RejectReason.NULL_BAR;
import static dev.ollass.ingestor.yahoo.chart.RejectReason.SOURCE_ERROR;
import static dev.ollass.ingestor.yahoo.chart.RejectReason.UNEXPECTED_SHAPE;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Chart} into daily ticks. Timestamps become trading dates in the exchange's own
 * time zone (from {@code meta.exchangeTimezoneName}), so a Sydney session that opens at 23:00 UTC
 * keeps its own day and a bar never slips to the neighbouring day across a DST change. Every row
 * or response that cannot become a tick is returned as a rejection with its raw payload.
 */
public final class DailyTicks {

    public static final String SOURCE = "yahoo-chart-v8";

    private static final String DAILY = "1d";

    private DailyTicks() {}

    /**
     * @param rawBody the response as received, kept in the rejection when the whole response is
     *     unusable
     * @param observedAt when the source was read
     */
    public static ChartParseResult of(Chart chart, String rawBody, Instant observedAt) {
        Chart.SourceError error = chart.error();
        if (error != null) {
            return ChartParseResult.rejected(
                    SOURCE_ERROR,
                    "Yahoo answered with an error: " + error.code() + ": " + error.description(),
                    rawBody);
        }
        if (chart.results().isEmpty()) {
            return ChartParseResult.rejected(NO_RESULT, "chart.result is empty", rawBody);
        }
        List<PriceTick> ticks = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<CorporateAction> actions = new ArrayList<>();
        for (Chart.Series series : chart.results()) {
            read(series, observedAt, rawBody, ticks, rejections, actions);
        }
        return new ChartParseResult(List.copyOf(ticks), List.copyOf(rejections), List.copyOf(actions));
    }

    private static void read(
            Chart.Series series,
            Instant observedAt,
            String rawBody,
            List<PriceTick> ticks,
            List<Rejection> rejections,
            List<CorporateAction> actions) {
        Chart.Meta meta = series.meta();
        String ticker = meta.symbol();
        String currency = meta.currency();
        String zoneName = meta.exchangeTimezoneName();
        if (ticker == null || currency == null || zoneName == null) {
            rejections.add(
                    new Rejection(UNEXPECTED_SHAPE, "meta lacks symbol, currency or exchangeTimezoneName", rawBody));
            return;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            rejections.add(new Rejection(UNEXPECTED_SHAPE, "unknown time zone " + zoneName, rawBody));
            return;
        }
        String granularity = meta.dataGranularity() != null ? meta.dataGranularity() : DAILY;
        if (!DAILY.equals(granularity)) {
            rejections.add(new Rejection(
                    NOT_DAILY, "granularity " + granularity + " is not daily; a tick is one trading day", rawBody));
            return;
        }
        String symbol = YahooSymbols.toStockCode(ticker, meta.instrumentType());
        CorporateActions.read(series.events(), symbol, ticker, currency, zone, observedAt, actions, rejections);
        int rows = series.timestamps().size();
        if (rows == 0) {
            return; // Yahoo's way of saying "no trading in this range": nothing to publish, nothing lost.
        }
        Chart.Quote quote = series.quote();
        if (!hasOneValuePerRow(quote, rows)) {
            rejections.add(new Rejection(
                    UNEXPECTED_SHAPE,
                    "indicators.quote open, high, low and close need one value per timestamp",
                    rawBody));
            return;
        }
        InstrumentKind kind = YahooSymbols.kindOf(ticker, meta.instrumentType());
        for (int i = 0; i < rows; i++) {
            Row row = new Row(
                    series.timestamps().get(i),
                    quote.open().get(i),
                    quote.high().get(i),
                    quote.low().get(i),
                    quote.close().get(i),
                    valueAt(series.adjClose(), i),
                    valueAt(quote.volume(), i));
            LocalDate tradingDate = ExchangeDates.of(row.timestamp(), zone);
            if (tradingDate == null) {
                rejections.add(new Rejection(
                        UNEXPECTED_SHAPE,
                        ticker + ": timestamp " + row.timestamp() + " is out of range",
                        row.toJson(ticker)));
                continue;
            }
            String problem = row.problem();
            if (problem != null) {
                RejectReason reason = row.isEmpty() ? NULL_BAR : INCONSISTENT_BAR;
                rejections.add(new Rejection(reason, ticker + " " + tradingDate + ": " + problem, row.toJson(ticker)));
                continue;
            }
            ticks.add(new PriceTick(
                    symbol,
                    tradingDate,
                    zone.getId(),
                    currency,
                    row.open(),
                    row.high(),
                    row.low(),
                    row.close(),
                    row.adjClose() != null ? row.adjClose() : row.close(),
                    row.volume() != null ? row.volume() : 0L,
                    SOURCE,
                    observedAt,
                    kind));
        }
    }

    private static boolean hasOneValuePerRow(Chart.Quote quote, int rows) {
        return quote.open().size() == rows
                && quote.high().size() == rows
                && quote.low().size() == rows
                && quote.close().size() == rows;
    }

    /** Yahoo leaves trailing values out of the optional columns (volume, adjclose). */
    private static <T> @Nullable T valueAt(List<@Nullable T> column, int i) {
        return i < column.size() ? column.get(i) : null;
    }

    /** One row of the response, before it is trusted. */
    private record Row(
            long timestamp,
            @Nullable BigDecimal open,
            @Nullable BigDecimal high,
            @Nullable BigDecimal low,
            @Nullable BigDecimal close,
            @Nullable BigDecimal adjClose,
            @Nullable Long volume) {

        boolean isEmpty() {
            return BarCheck.isEmpty(open, high, low, close);
        }

        /** Null when the row is a usable bar, else what is wrong with it. */
        @Nullable
        String problem() {
            return BarCheck.problem(open, high, low, close);
        }

        /**
         * The row as one JSON object, the raw payload of its rejection. Written here rather than by
         * a JSON library: a flat object of one string and numbers keeps this package free of one.
         */
        String toJson(String ticker) {
            return "{\"symbol\":" + JsonText.string(ticker)
                    + ",\"timestamp\":" + timestamp
                    + ",\"open\":" + JsonText.number(open)
                    + ",\"high\":" + JsonText.number(high)
                    + ",\"low\":" + JsonText.number(low)
                    + ",\"close\":" + JsonText.number(close)
                    + ",\"adjclose\":" + JsonText.number(adjClose)
                    + ",\"volume\":" + volume
                    + "}";
        }
    }
}
