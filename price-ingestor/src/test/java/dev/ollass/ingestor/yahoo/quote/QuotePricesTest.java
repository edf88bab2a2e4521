package dev.ollass.ingestor.yahoo.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePricesTest {

    private static final Instant OBSERVED = Instant.parse("2025-10-30T00:00:00Z");
    private static final long CLOSE = 1_761_768_001L;
    private static final String RAW = "{raw}";

    @Test
    void aQuoteIsTheLastRegularSessionPriceAtItsTimeInItsCurrency() {
        QuoteParseResult result = QuotePrices.of(answer(quote("AAPL", "269.70")), List.of("AAPL"), RAW, OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices())
                .containsExactly(new CurrentPrice(
                        "AAPL",
                        InstrumentKind.STOCK,
                        new BigDecimal("269.70"),
                        "USD",
                        "POSTPOST",
                        Instant.ofEpochSecond(CLOSE),
                        "yahoo-quote-v7",
                        OBSERVED));
    }

    @Test
    void aShareClassIsKeptUnderTheCodeUsersKnow() {
        QuoteParseResult result = QuotePrices.of(answer(quote("BRK-B", "480.1")), List.of("BRK-B"), RAW, OBSERVED);

        assertThat(result.currentPrices()).extracting(CurrentPrice::symbol).containsExactly("BRK.B");
        assertThat(result.rejections()).isEmpty();
    }

    @Test
    void aSymbolAskedForAndMissingFromTheAnswerIsRejectedByName() {
        QuoteParseResult result =
                QuotePrices.of(answer(quote("AAPL", "269.7")), List.of("AAPL", "GS2C"), RAW, OBSERVED);

        assertThat(result.currentPrices()).extracting(CurrentPrice::symbol).containsExactly("AAPL");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(QuoteRejectReason.UNKNOWN_SYMBOL);
            assertThat(r.text()).startsWith("GS2C ");
            assertThat(r.rawPayload()).isEqualTo(RAW);
        });
    }

    @Test
    void theAnswerMayWriteAnAskedSymbolInAnotherCase() {
        QuoteParseResult result = QuotePrices.of(answer(quote("AAPL", "269.7")), List.of("aapl"), RAW, OBSERVED);

        assertThat(result.rejections()).isEmpty();
    }

    @Test
    void anEmptyAnswerToNothingAskedIsNothing() {
        QuoteParseResult result = QuotePrices.of(new QuoteAnswer(null, List.of()), List.of(), RAW, OBSERVED);

        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections()).isEmpty();
    }

    @Test
    void yahoosErrorRejectsTheWholeAnswerWithItsCodeAndDescription() {
        QuoteParseResult result = QuotePrices.of(
                new QuoteAnswer(new QuoteAnswer.SourceError("Unauthorized", "Invalid Crumb"), null),
                List.of("AAPL"),
                RAW,
                OBSERVED);

        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(QuoteRejectReason.SOURCE_ERROR);
            assertThat(r.text()).contains("Unauthorized: Invalid Crumb");
        });
    }

    @Test
    void anAnswerWithoutAResultListIsAnUnexpectedShape() {
        QuoteParseResult result = QuotePrices.of(new QuoteAnswer(null, null), List.of("AAPL"), RAW, OBSERVED);

        assertThat(result.rejections())
                .extracting(QuoteParseResult.Rejection::reason)
                .containsExactly(QuoteRejectReason.UNEXPECTED_SHAPE);
    }

    @Test
    void anEntryWithoutAFieldAPriceNeedsIsRejectedNamingTheField() {
        assertThat(rejectionOf(new QuoteAnswer.Quote(null, "EQUITY", "USD", BigDecimal.TEN, CLOSE, "REGULAR")))
                .isEqualTo(QuoteRejectReason.MISSING_FIELD + " null: missing symbol");
        assertThat(rejectionOf(new QuoteAnswer.Quote(" ", "EQUITY", "USD", BigDecimal.TEN, CLOSE, "REGULAR")))
                .isEqualTo(QuoteRejectReason.MISSING_FIELD + "  : missing symbol");
        assertThat(rejectionOf(new QuoteAnswer.Quote("AAPL", "EQUITY", "USD", null, CLOSE, "REGULAR")))
                .isEqualTo(QuoteRejectReason.MISSING_FIELD + " AAPL: missing regularMarketPrice");
        assertThat(rejectionOf(new QuoteAnswer.Quote("AAPL", "EQUITY", "USD", BigDecimal.TEN, null, "REGULAR")))
                .isEqualTo(QuoteRejectReason.MISSING_FIELD + " AAPL: missing regularMarketTime");
        assertThat(rejectionOf(new QuoteAnswer.Quote("AAPL", "EQUITY", null, BigDecimal.TEN, CLOSE, "REGULAR")))
                .isEqualTo(QuoteRejectReason.MISSING_FIELD + " AAPL: missing currency");
    }

    @Test
    void aPriceThatIsNotPositiveATimeThatIsNoMomentOrPenceAreInvalid() {
        assertThat(rejectionOf(new QuoteAnswer.Quote("AAPL", "EQUITY", "USD", BigDecimal.ZERO, CLOSE, "REGULAR")))
                .isEqualTo(QuoteRejectReason.INVALID_PRICE + " AAPL: regularMarketPrice 0 is not positive");
        assertThat(rejectionOf(new QuoteAnswer.Quote("AAPL", "EQUITY", "USD", new BigDecimal("-1"), CLOSE, "REGULAR")))
                .startsWith(QuoteRejectReason.INVALID_PRICE.name());
        assertThat(rejectionOf(new QuoteAnswer.Quote("AAPL", "EQUITY", "USD", BigDecimal.TEN, 0L, "REGULAR")))
                .isEqualTo(QuoteRejectReason.INVALID_PRICE + " AAPL: regularMarketTime 0 is not a moment");
        assertThat(rejectionOf(
                        new QuoteAnswer.Quote("AAPL", "EQUITY", "USD", BigDecimal.TEN, 7_258_118_401L, "REGULAR")))
                .startsWith(QuoteRejectReason.INVALID_PRICE.name());
        assertThat(rejectionOf(new QuoteAnswer.Quote("VOD.L", "EQUITY", "GBp", BigDecimal.TEN, CLOSE, "REGULAR")))
                .isEqualTo(QuoteRejectReason.INVALID_PRICE + " VOD.L: currency GBp is not an ISO 4217 code");
    }

    @Test
    void theEdgesOfTheRangesArePrices() {
        QuoteParseResult result = QuotePrices.of(
                answer(
                        new QuoteAnswer.Quote("A", "EQUITY", "USD", new BigDecimal("0.0001"), 1L, null),
                        new QuoteAnswer.Quote("B", "EQUITY", "USD", BigDecimal.ONE, 7_258_118_400L, null)),
                List.of(),
                RAW,
                OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices()).hasSize(2);
    }

    @Test
    void anIndexOrAnExchangeRateKeepsItsKindAndCode() {
        QuoteParseResult result = QuotePrices.of(
                answer(
                        new QuoteAnswer.Quote("^GSPC", "INDEX", "USD", BigDecimal.TEN, CLOSE, "CLOSED"),
                        new QuoteAnswer.Quote("KRW=X", "CURRENCY", "KRW", BigDecimal.TEN, CLOSE, "REGULAR")),
                List.of(),
                RAW,
                OBSERVED);

        assertThat(result.currentPrices())
                .extracting(p -> p.kind() + " " + p.symbol())
                .containsExactly("INDEX GSPC", "FX USDKRW");
    }

    private static String rejectionOf(QuoteAnswer.Quote quote) {
        QuoteParseResult result = QuotePrices.of(answer(quote), List.of(), RAW, OBSERVED);
        assertThat(result.currentPrices()).isEmpty();
        QuoteParseResult.Rejection rejection = result.rejections().getFirst();
        assertThat(rejection.rawPayload()).isEqualTo(RAW);
        return rejection.reason() + " " + rejection.text();
    }

    private static QuoteAnswer answer(QuoteAnswer.Quote... quotes) {
        return new QuoteAnswer(null, List.of(quotes));
    }

    private static QuoteAnswer.Quote quote(String symbol, String price) {
        return new QuoteAnswer.Quote(symbol, "EQUITY", "USD", new BigDecimal(price), CLOSE, "POSTPOST");
    }
}
