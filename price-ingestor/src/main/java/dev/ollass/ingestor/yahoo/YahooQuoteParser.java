package dev.ollass.ingestor.yahoo;

import dev.ollass.ingestor.yahoo.quote.QuoteAnswer;
import dev.ollass.ingestor.yahoo.quote.QuoteParseResult;
import dev.ollass.ingestor.yahoo.quote.QuotePrices;
import dev.ollass.ingestor.yahoo.quote.QuoteRejectReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Yahoo's v7 quote answer ({@code /v7/finance/quote?symbols=AAPL,MSFT}) into a {@link
 * QuoteAnswer} and lets {@link QuotePrices} turn it into current prices and rejections. This class
 * only knows JSON.
 */
public final class YahooQuoteParser {

    public static final String SOURCE = QuotePrices.SOURCE;

    // Yahoo's wire format belongs to this adapter: prices are read as exact decimals, never through double.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Prices beyond this many digits on either side of the point are not prices (1e999999999 is five bytes of JSON). */
    private static final int MAX_DIGITS = 64;

    /**
     * @param asked the Yahoo tickers asked for; each one absent from the answer is a reject
     */
    public QuoteParseResult parse(String body, List<String> asked, Instant observedAt) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            return QuoteParseResult.rejected(
                    QuoteRejectReason.MALFORMED_JSON, "not JSON: " + e.getOriginalMessage(), body);
        } catch (NumberFormatException e) {
            // Jackson throws this, not a JacksonException, for a number such as 1E999999999999.
            return QuoteParseResult.rejected(
                    QuoteRejectReason.MALFORMED_JSON, "a number out of range: " + e.getMessage(), body);
        }
        if (root == null || !root.isObject()) {
            return QuoteParseResult.rejected(QuoteRejectReason.UNEXPECTED_SHAPE, "not a JSON object", body);
        }
        JsonNode response = root.has("quoteResponse") ? root.path("quoteResponse") : root.path("finance");
        if (!response.isObject()) {
            return QuoteParseResult.rejected(QuoteRejectReason.UNEXPECTED_SHAPE, "no \"quoteResponse\" object", body);
        }
        JsonNode error = response.path("error");
        QuoteAnswer.SourceError sourceError = error.isObject()
                ? new QuoteAnswer.SourceError(
                        error.path("code").asString(""),
                        error.path("description").asString(""))
                : null;
        JsonNode result = response.path("result");
        List<QuoteAnswer.Quote> quotes = result.isArray()
                ? result.valueStream().map(YahooQuoteParser::quote).toList()
                : null;
        return QuotePrices.of(new QuoteAnswer(sourceError, quotes), asked, body, observedAt);
    }

    private static QuoteAnswer.Quote quote(JsonNode quote) {
        JsonNode time = quote.path("regularMarketTime");
        return new QuoteAnswer.Quote(
                text(quote.path("symbol")),
                text(quote.path("quoteType")),
                text(quote.path("currency")),
                decimal(quote.path("regularMarketPrice")),
                time.isIntegralNumber() && time.canConvertToLong() ? time.asLong() : null,
                text(quote.path("marketState")));
    }

    private static @Nullable BigDecimal decimal(JsonNode node) {
        if (!node.isNumber()) {
            return null;
        }
        BigDecimal value = node.decimalValue();
        return Math.abs(value.scale()) > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS ? null : value;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }
}
