package dev.ollass.ingestor.yahoo;

import dev.ollass.ingestor.yahoo.chart.Chart;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import dev.ollass.ingestor.yahoo.chart.DailyTicks;
import dev.ollass.ingestor.yahoo.chart.RejectReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Yahoo's v8 chart response ({@code /v8/finance/chart/<ticker>?interval=1d}) into a {@link
 * Chart} and lets {@link DailyTicks} turn it into ticks and rejections. This class only knows
 * JSON; what a bar means, and which ones are unusable, is decided in the pure {@code chart}
 * package.
 *
 * <p>Besides Yahoo's body itself it reads a yahoo-finance2 test recording of one, {@code
 * {"request":{...},"response":{..., "bodyJson":{...}}}} (or with the body as a string in {@code
 * "body"}), the form in which many recorded responses are shared.
 */
public final class YahooChartParser {

    public static final String SOURCE = DailyTicks.SOURCE;

    // Yahoo's wire format belongs to this adapter, not to the application's mapper or an event serde:
    // prices are read as exact decimals (never through double), whatever else is configured.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final int MAX_SCALE = 64;
    private static final int MAX_INTEGER_DIGITS = 20;

    public ChartParseResult parse(String body, Instant observedAt) {
        JsonNode root;
        try {
            root = unwrapRecording(MAPPER.readTree(body));
        } catch (JacksonException e) {
            return ChartParseResult.rejected(RejectReason.MALFORMED_JSON, "not JSON: " + e.getOriginalMessage(), body);
        } catch (NumberFormatException e) {
            // Jackson throws this, not a JacksonException, for a number such as 1E999999999999 (found by fuzzing).
            return ChartParseResult.rejected(
                    RejectReason.MALFORMED_JSON, "a number out of range: " + e.getMessage(), body);
        }
        JsonNode chart = root.path("chart");
        if (!chart.isObject()) {
            return ChartParseResult.rejected(RejectReason.UNEXPECTED_SHAPE, "no \"chart\" object", body);
        }
        Chart read;
        try {
            read = chart(chart);
        } catch (UnreadableValue e) {
            return ChartParseResult.rejected(RejectReason.UNEXPECTED_SHAPE, e.getMessage(), body);
        }
        return DailyTicks.of(read, body, observedAt);
    }

    private static JsonNode unwrapRecording(JsonNode root) {
        JsonNode response = root.path("response");
        if (root.has("chart") || !response.isObject()) {
            return root;
        }
        if (response.path("bodyJson").isObject()) {
            return response.path("bodyJson");
        }
        if (response.path("body").isString()) {
            return MAPPER.readTree(response.path("body").asString());
        }
        return root;
    }

    private static Chart chart(JsonNode chart) {
        JsonNode error = chart.path("error");
        Chart.SourceError sourceError = error.isMissingNode() || error.isNull()
                ? null
                : new Chart.SourceError(
                        error.path("code").asString(""),
                        error.path("description").asString(""));
        List<Chart.Series> results =
                elements(chart.path("result")).map(YahooChartParser::series).toList();
        return new Chart(sourceError, results);
    }

    private static Chart.Series series(JsonNode result) {
        JsonNode meta = result.path("meta");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        return new Chart.Series(
                new Chart.Meta(
                        text(meta.path("symbol")),
                        text(meta.path("currency")),
                        text(meta.path("exchangeTimezoneName")),
                        text(meta.path("instrumentType")),
                        text(meta.path("dataGranularity"))),
                elements(result.path("timestamp"))
                        .map(v -> {
                            Long seconds = epochSecond(v);
                            if (seconds == null) {
                                throw new UnreadableValue("a timestamp is not a whole number of seconds: " + v);
                            }
                            return seconds;
                        })
                        .toList(),
                new Chart.Quote(
                        decimals(quote.path("open")),
                        decimals(quote.path("high")),
                        decimals(quote.path("low")),
                        decimals(quote.path("close")),
                        elements(quote.path("volume"))
                                .map(v -> v.isIntegralNumber() && v.canConvertToLong() ? v.asLong() : null)
                                .toList()),
                decimals(result.path("indicators").path("adjclose").path(0).path("adjclose")),
                events(result.path("events")));
    }

    private static Chart.Events events(JsonNode events) {
        List<Chart.Dividend> dividends = members(events.path("dividends"))
                .map(d -> new Chart.Dividend(
                        epochSecond(d.path("date")), decimal(d.path("amount")), text(d.path("currency"))))
                .toList();
        List<Chart.Split> splits = members(events.path("splits"))
                .map(s -> new Chart.Split(
                        epochSecond(s.path("date")), decimal(s.path("numerator")), decimal(s.path("denominator"))))
                .toList();
        return new Chart.Events(dividends, splits);
    }

    /** The values of an object, Yahoo's events keyed by their timestamps; nothing for anything else. */
    private static Stream<JsonNode> members(JsonNode node) {
        return node.isObject() ? node.valueStream() : Stream.empty();
    }

    private static @Nullable Long epochSecond(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? node.asLong() : null;
    }

    /** The elements of an array; nothing for anything else (Yahoo's columns are arrays or absent). */
    private static Stream<JsonNode> elements(JsonNode node) {
        return node.isArray() ? node.valueStream() : Stream.empty();
    }

    private static @Nullable String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    private static List<@Nullable BigDecimal> decimals(JsonNode column) {
        return elements(column).map(YahooChartParser::decimal).toList();
    }

    private static @Nullable BigDecimal decimal(JsonNode node) {
        if (!node.isNumber()) {
            return null;
        }
        BigDecimal value = node.decimalValue();
        // 1e999999999 is three bytes of JSON and a billion digits written out: no price looks like that.
        if (Math.abs(value.scale()) > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new UnreadableValue("a number out of any price's range: " + node);
        }
        return value;
    }

    /** A value no chart response can hold; the whole response is rejected. */
    private static final class UnreadableValue extends RuntimeException {

        UnreadableValue(String message) {
            super(message, null, false, false);
        }
    }
}
