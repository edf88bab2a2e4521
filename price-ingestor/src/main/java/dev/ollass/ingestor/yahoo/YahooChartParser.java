package dev.ollass.ingestor.yahoo;

import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.yahoo.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses Yahoo's v8 chart response ({@code /v8/finance/chart/<ticker>?interval=1d}) into daily
 * ticks. Timestamps are turned into trading dates in the exchange's own time zone (from
 * {@code meta.exchangeTimezoneName}), so a bar never slips to the neighbouring day across a DST
 * change. Every row or response that cannot become a tick is returned as a rejection with its raw
 * payload.
 *
 * <p>Besides Yahoo's body itself it reads a yahoo-finance2 test recording of one, {@code
 * {"request":{...},"response":{..., "bodyJson":{...}}}} (or with the body as a string in {@code
 * "body"}), the form in which many recorded responses are shared.
 */
public final class YahooChartParser {

    public static final String SOURCE = "yahoo-chart-v8";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ChartParseResult parse(String body, Instant observedAt) {
        JsonNode root;
        try {
            root = unwrapRecording(MAPPER.readTree(body));
        } catch (JacksonException e) {
            return ChartParseResult.rejected("MALFORMED_JSON", "not JSON: " + e.getOriginalMessage(), body);
        }
        JsonNode chart = root.path("chart");
        if (!chart.isObject()) {
            return ChartParseResult.rejected("UNEXPECTED_SHAPE", "no \"chart\" object", body);
        }
        JsonNode error = chart.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            String reason = error.path("code").asString("") + ": "
                    + error.path("description").asString("");
            return ChartParseResult.rejected("SOURCE_ERROR", "Yahoo answered with an error: " + reason, body);
        }
        JsonNode results = chart.path("result");
        if (!results.isArray() || results.isEmpty()) {
            return ChartParseResult.rejected("NO_RESULT", "chart.result is empty", body);
        }
        List<PriceTick> ticks = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (JsonNode result : results) {
            parseResult(result, observedAt, ticks, rejections, body);
        }
        return new ChartParseResult(List.copyOf(ticks), List.copyOf(rejections));
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

    private void parseResult(
            JsonNode result, Instant observedAt, List<PriceTick> ticks, List<Rejection> rejections, String body) {
        JsonNode meta = result.path("meta");
        String ticker = meta.path("symbol").asString(null);
        String currency = meta.path("currency").asString(null);
        String zoneName = meta.path("exchangeTimezoneName").asString(null);
        if (ticker == null || currency == null || zoneName == null) {
            rejections.add(
                    new Rejection("UNEXPECTED_SHAPE", "meta lacks symbol, currency or exchangeTimezoneName", body));
            return;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            rejections.add(new Rejection("UNEXPECTED_SHAPE", "unknown time zone " + zoneName, body));
            return;
        }
        String granularity = meta.path("dataGranularity").asString("1d");
        if (!"1d".equals(granularity)) {
            rejections.add(new Rejection(
                    "NOT_DAILY", "granularity " + granularity + " is not daily; a tick is one trading day", body));
            return;
        }
        JsonNode timestamps = result.path("timestamp");
        if (!timestamps.isArray() || timestamps.isEmpty()) {
            return; // Yahoo's way of saying "no trading in this range": nothing to publish, nothing lost.
        }
        JsonNode quote = result.path("indicators").path("quote").path(0);
        JsonNode adjClose = result.path("indicators").path("adjclose").path(0).path("adjclose");
        int rows = timestamps.size();
        for (String column : List.of("open", "high", "low", "close")) {
            if (quote.path(column).size() != rows) {
                rejections.add(new Rejection(
                        "UNEXPECTED_SHAPE",
                        "indicators.quote." + column + " does not have one value per timestamp",
                        body));
                return;
            }
        }
        String symbol =
                YahooSymbols.toStockCode(ticker, meta.path("instrumentType").asString(""));
        for (int i = 0; i < rows; i++) {
            Row row = new Row(
                    timestamps.path(i).asLong(),
                    decimal(quote.path("open").path(i)),
                    decimal(quote.path("high").path(i)),
                    decimal(quote.path("low").path(i)),
                    decimal(quote.path("close").path(i)),
                    decimal(adjClose.path(i)),
                    quote.path("volume").path(i));
            LocalDate tradingDate =
                    Instant.ofEpochSecond(row.timestamp()).atZone(zone).toLocalDate();
            String problem = row.problem();
            if (problem != null) {
                String code = row.isEmpty() ? "NULL_BAR" : "INCONSISTENT_BAR";
                rejections.add(new Rejection(code, ticker + " " + tradingDate + ": " + problem, row.toJson(ticker)));
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
                    row.volume().isNumber() ? row.volume().asLong() : 0L,
                    SOURCE,
                    observedAt));
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    /** One row of the response, before it is trusted. */
    private record Row(
            long timestamp,
            BigDecimal open,
            BigDecimal high,
            BigDecimal low,
            BigDecimal close,
            BigDecimal adjClose,
            JsonNode volume) {

        boolean isEmpty() {
            return open == null && high == null && low == null && close == null;
        }

        /** Null when the row is a usable bar, else what is wrong with it. */
        String problem() {
            if (isEmpty()) {
                return "the source has no prices for this day (all null)";
            }
            if (open == null || high == null || low == null || close == null) {
                return "some of open, high, low, close are missing";
            }
            if (low.signum() <= 0) {
                return "prices must be positive";
            }
            if (high.compareTo(low) < 0 || high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
                return "high/low do not enclose open and close";
            }
            return null;
        }

        String toJson(String ticker) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("symbol", ticker);
            node.put("timestamp", timestamp);
            node.put("open", open);
            node.put("high", high);
            node.put("low", low);
            node.put("close", close);
            node.put("adjclose", adjClose);
            node.set("volume", volume.isMissingNode() ? NullNode.getInstance() : volume);
            return MAPPER.writeValueAsString(node);
        }
    }
}
