package dev.ollass.ingestor.yahoo.quote;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.yahoo.chart.YahooSymbols;
import dev.ollass.ingestor.yahoo.quote.QuoteParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns Yahoo's v7 quote answer into current prices. The price is {@code regularMarketPrice}, the
 * last trade of the regular session, stamped with its {@code regularMarketTime}: v7's name for what
 * the original read as {@code currentPrice} (spec §8.3). The original fell back to the bid, then the
 * ask; this does not: out of hours they are stale quotes, not trades (the recorded AAPL answer has a
 * bid of 255.72 beside a last price of 269.70), so an entry without a price is a reject. A symbol
 * asked for and absent from the answer is a reject naming it: that is how v7 says it knows no such
 * symbol (an empty {@code result}, HTTP 200).
 */
public final class QuotePrices {

    public static final String SOURCE = "yahoo-quote-v7";

    /** 2200-01-01: a later {@code regularMarketTime} is a broken field, not a moment. */
    private static final long MAX_EPOCH_SECOND = 7_258_118_400L;

    private QuotePrices() {}

    /**
     * @param asked the Yahoo tickers that were asked for (each absent one is a reject); empty when
     *     unknown, e.g. an uploaded answer
     * @param rawBody the answer as received: the raw payload of its rejects
     */
    public static QuoteParseResult of(QuoteAnswer answer, List<String> asked, String rawBody, Instant observedAt) {
        QuoteAnswer.SourceError error = answer.error();
        if (error != null) {
            return QuoteParseResult.rejected(
                    QuoteRejectReason.SOURCE_ERROR,
                    "Yahoo answered with an error: " + error.code() + ": " + error.description(),
                    rawBody);
        }
        List<QuoteAnswer.Quote> quotes = answer.quotes();
        if (quotes == null) {
            return QuoteParseResult.rejected(
                    QuoteRejectReason.UNEXPECTED_SHAPE, "quoteResponse.result is missing or not a list", rawBody);
        }
        List<CurrentPrice> prices = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> answered = new LinkedHashSet<>();
        for (QuoteAnswer.Quote quote : quotes) {
            String symbol = quote.symbol();
            if (symbol != null) {
                answered.add(symbol.toUpperCase(Locale.ROOT));
            }
            String problem = problem(quote);
            if (problem != null) {
                rejections.add(new Rejection(
                        problem.startsWith("missing")
                                ? QuoteRejectReason.MISSING_FIELD
                                : QuoteRejectReason.INVALID_PRICE,
                        symbol + ": " + problem,
                        rawBody));
                continue;
            }
            prices.add(price(quote, observedAt));
        }
        for (String symbol : asked) {
            if (!answered.contains(symbol.toUpperCase(Locale.ROOT))) {
                rejections.add(new Rejection(
                        QuoteRejectReason.UNKNOWN_SYMBOL,
                        symbol + " is not in Yahoo's answer: Yahoo knows no such symbol",
                        rawBody));
            }
        }
        return new QuoteParseResult(prices, rejections);
    }

    /** What keeps the entry from being a price, starting with "missing" when a field is absent; null when nothing. */
    private static @Nullable String problem(QuoteAnswer.Quote quote) {
        if (quote.symbol() == null || quote.symbol().isBlank()) {
            return "missing symbol";
        }
        BigDecimal price = quote.price();
        if (price == null) {
            return "missing regularMarketPrice";
        }
        if (quote.time() == null) {
            return "missing regularMarketTime";
        }
        if (quote.currency() == null) {
            return "missing currency";
        }
        if (price.signum() <= 0) {
            return "regularMarketPrice " + price.toPlainString() + " is not positive";
        }
        long time = quote.time();
        if (time <= 0 || time > MAX_EPOCH_SECOND) {
            return "regularMarketTime " + time + " is not a moment";
        }
        if (!quote.currency().matches("[A-Z]{3}")) {
            // Yahoo writes London's pence as GBp: taken as pounds, a price would be a hundred times too high.
            return "currency " + quote.currency() + " is not an ISO 4217 code";
        }
        return null;
    }

    private static CurrentPrice price(QuoteAnswer.Quote quote, Instant observedAt) {
        String symbol = quote.symbol();
        InstrumentKind kind = YahooSymbols.kindOf(symbol, quote.quoteType());
        return new CurrentPrice(
                YahooSymbols.toStockCode(symbol, quote.quoteType()),
                kind,
                quote.price(),
                quote.currency(),
                quote.marketState(),
                Instant.ofEpochSecond(quote.time()),
                SOURCE,
                observedAt);
    }
}
