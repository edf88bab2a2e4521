package dev.ollass.ingestor.yahoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.yahoo.quote.QuoteParseResult;
import dev.ollass.ingestor.yahoo.quote.QuoteRejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yahoo's v7 quote answers as recorded (see {@code yahoo/PROVENANCE.md}), and the ways they go wrong. */
class YahooQuoteParserTest {

    private static final Instant OBSERVED = Instant.parse("2025-10-30T01:00:00Z");
    private static final Instant AAPL_CLOSE = Instant.ofEpochSecond(1_761_768_001L);

    private final YahooQuoteParser parser = new YahooQuoteParser();

    @Test
    void readsTheRecordedAaplQuoteAsItsLastRegularSessionPrice() {
        QuoteParseResult result = parser.parse(fixture("quote-v7_AAPL.raw.json"), List.of("AAPL"), OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices())
                .containsExactly(new CurrentPrice(
                        "AAPL",
                        InstrumentKind.STOCK,
                        new BigDecimal("269.7"),
                        "USD",
                        "POSTPOST",
                        AAPL_CLOSE,
                        "yahoo-quote-v7",
                        OBSERVED));
    }

    @Test
    void readsEveryQuoteOfABatchedAnswer() {
        QuoteParseResult result =
                parser.parse(fixture("quote-v7_AAPL,MSFT_multi.raw.json"), List.of("AAPL", "MSFT"), OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices())
                .extracting(p -> p.symbol() + " " + p.price().toPlainString() + " " + p.currency())
                .containsExactly("AAPL 269.7 USD", "MSFT 541.55 USD");
    }

    @Test
    void anUnknownSymbolsEmptyResultIsARejectNamingIt() {
        String body = fixture("quote-v7_GS2C_unknown-symbol_empty-result.raw.json");

        QuoteParseResult result = parser.parse(body, List.of("GS2C"), OBSERVED);

        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(QuoteRejectReason.UNKNOWN_SYMBOL);
            assertThat(r.text()).startsWith("GS2C");
            assertThat(r.rawPayload()).isEqualTo(body);
        });
    }

    @Test
    void yahoosInvalidCrumbAnswerIsASourceError() {
        String body = "{\"finance\":{\"result\":null,\"error\":{\"code\":\"Unauthorized\",\"description\":\"Invalid"
                + " Crumb\"}}}";

        QuoteParseResult result = parser.parse(body, List.of("AAPL"), OBSERVED);

        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(QuoteRejectReason.SOURCE_ERROR);
            assertThat(r.text()).contains("Invalid Crumb");
        });
    }

    @Test
    void aBodyThatIsNotJsonOrNotAQuoteAnswerIsRejectedAsSuch() {
        assertThat(reasons("<html>Will be right back</html>")).containsExactly(QuoteRejectReason.MALFORMED_JSON);
        assertThat(reasons("{\"n\":1E999999999999}")).containsExactly(QuoteRejectReason.MALFORMED_JSON);
        assertThat(reasons("[1,2]")).containsExactly(QuoteRejectReason.UNEXPECTED_SHAPE);
        assertThat(reasons("{\"quoteResponseV8\":{\"result\":[]}}"))
                .containsExactly(QuoteRejectReason.UNEXPECTED_SHAPE);
        assertThat(reasons("{\"quoteResponse\":{\"result\":{},\"error\":null}}"))
                .containsExactly(QuoteRejectReason.UNEXPECTED_SHAPE);
    }

    @Test
    void aPriceWrittenAsTextOrOutOfAnyRangeIsMissing() {
        String quote = "{\"quoteResponse\":{\"result\":[{\"symbol\":\"AAPL\",\"currency\":\"USD\","
                + "\"regularMarketTime\":1761768001,\"regularMarketPrice\":%s}],\"error\":null}}";

        assertThat(reasons(quote.formatted("\"269.7\""))).containsExactly(QuoteRejectReason.MISSING_FIELD);
        assertThat(reasons(quote.formatted("1e999"))).containsExactly(QuoteRejectReason.MISSING_FIELD);
        assertThat(reasons(quote.formatted("1e-999"))).containsExactly(QuoteRejectReason.MISSING_FIELD);
        assertThat(reasons(quote.formatted("269.7"))).isEmpty();
    }

    private List<QuoteRejectReason> reasons(String body) {
        return parser.parse(body, List.of(), OBSERVED).rejections().stream()
                .map(QuoteParseResult.Rejection::reason)
                .toList();
    }

    static String fixture(String name) {
        try (InputStream in = YahooQuoteParserTest.class.getResourceAsStream("/yahoo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
