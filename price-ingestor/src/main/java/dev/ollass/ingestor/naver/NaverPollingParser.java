package dev.ollass.ingestor.naver;

import dev.ollass.ingestor.naver.price.CurrentPrices;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import dev.ollass.ingestor.naver.price.NaverRejectReason;
import dev.ollass.ingestor.naver.price.Polling;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Naver's polling answers ({@code polling.finance.naver.com/api/realtime?query=SERVICE_ITEM:005930}
 * or {@code SERVICE_INDEX:KOSPI}) into a {@link Polling} and lets {@link CurrentPrices} turn it into
 * current prices and rejections. Naver declares the item answer as EUC-KR; the caller decodes the
 * body in the charset the response declares, as with any text.
 */
public final class NaverPollingParser {

    // Naver's wire format belongs to this adapter: numbers are read as exact decimals, never through double.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The current prices of an answer of either kind: stocks' ({@code SERVICE_ITEM}) or indices' ({@code SERVICE_INDEX}). */
    public NaverParseResult parse(String body, Instant observedAt) {
        Polling polling = read(body);
        return polling == null ? notJson(body) : CurrentPrices.of(polling, body, observedAt);
    }

    /** A stock's current price from a {@code SERVICE_ITEM} answer. */
    public NaverParseResult parseItems(String body, Instant observedAt) {
        Polling polling = read(body);
        return polling == null ? notJson(body) : CurrentPrices.ofItems(polling, body, observedAt);
    }

    /** The KOSPI's or KOSDAQ's level from a {@code SERVICE_INDEX} answer. */
    public NaverParseResult parseIndices(String body, Instant observedAt) {
        Polling polling = read(body);
        return polling == null ? notJson(body) : CurrentPrices.ofIndices(polling, body, observedAt);
    }

    private static NaverParseResult notJson(String body) {
        return NaverParseResult.rejected(NaverRejectReason.MALFORMED, "not a JSON object", body);
    }

    private static @Nullable Polling read(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException | NumberFormatException e) {
            // Jackson throws the latter, not a JacksonException, for a number such as 1E999999999999.
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode result = root.path("result");
        JsonNode areas = result.path("areas");
        return new Polling(
                text(root.path("resultCode")),
                wholeNumber(result.path("time")),
                areas.isArray()
                        ? areas.valueStream().map(NaverPollingParser::area).toList()
                        : null);
    }

    private static Polling.Area area(JsonNode area) {
        JsonNode datas = area.path("datas");
        List<Polling.Data> entries = datas.isArray()
                ? datas.valueStream().map(NaverPollingParser::data).toList()
                : null;
        return new Polling.Area(text(area.path("name")), entries);
    }

    private static Polling.Data data(JsonNode data) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        if (data.isObject()) {
            for (Map.Entry<String, JsonNode> field : data.properties()) {
                if (field.getValue().isNumber()) {
                    numbers.put(field.getKey(), field.getValue().decimalValue());
                }
            }
        }
        return new Polling.Data(text(data.path("cd")), text(data.path("ms")), Map.copyOf(numbers));
    }

    private static @Nullable Long wholeNumber(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? node.asLong() : null;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }
}
