package dev.ollass.ingestor.recorded.history;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.yahoo.chart.YahooSymbols;
import java.util.Optional;

/**
 * Where a recorded ticker trades and in what currency: a CSV download, unlike a chart response,
 * does not say. Only listings whose zone and currency are known for certain are read; any other
 * file is rejected whole rather than given a guessed currency.
 *
 * @param ticker Yahoo's ticker, the file's name ({@code 005930.KS}, {@code ^GSPC}, {@code KRW=X})
 * @param symbol the code users know ({@code 005930}, {@code GSPC}, {@code USDKRW})
 * @param exchangeTimeZone the zone the file's dates are trading dates of
 * @param currency the currency of the prices
 */
public record Listing(String ticker, String symbol, InstrumentKind kind, String exchangeTimeZone, String currency) {

    private static final String SEOUL = "Asia/Seoul";
    private static final String NEW_YORK = "America/New_York";

    /**
     * The listing of a Yahoo ticker: Korea Exchange stocks ({@code .KS}, {@code .KQ}) and indices
     * ({@code ^KS11}, {@code ^KQ11}) in Seoul, in won; US stocks (no suffix) and the US indices in
     * New York, in dollars; {@code KRW=X} (dollars in won) in London, the zone Yahoo reports for its
     * currency quotes. Empty for anything else.
     */
    public static Optional<Listing> of(String ticker) {
        InstrumentKind kind = YahooSymbols.kindOf(ticker, null);
        String instrumentType = kind == InstrumentKind.STOCK ? "EQUITY" : null;
        String symbol = YahooSymbols.toStockCode(ticker, instrumentType);
        return switch (kind) {
            case STOCK ->
                ticker.endsWith(".KS") || ticker.endsWith(".KQ")
                        ? Optional.of(new Listing(ticker, symbol, kind, SEOUL, "KRW"))
                        : usStock(ticker, symbol);
            case INDEX ->
                switch (symbol) {
                    case "KS11", "KQ11" -> Optional.of(new Listing(ticker, symbol, kind, SEOUL, "KRW"));
                    case "GSPC", "IXIC", "DJI" -> Optional.of(new Listing(ticker, symbol, kind, NEW_YORK, "USD"));
                    default -> Optional.empty();
                };
            case FX ->
                "KRW=X".equals(ticker)
                        ? Optional.of(new Listing(ticker, symbol, kind, "Europe/London", "KRW"))
                        : Optional.empty();
        };
    }

    /** A US listing has no exchange suffix: letters, digits and a share-class dash only. */
    private static Optional<Listing> usStock(String ticker, String symbol) {
        return ticker.matches("[A-Z][A-Z0-9]*(-[A-Z])?")
                ? Optional.of(new Listing(ticker, symbol, InstrumentKind.STOCK, NEW_YORK, "USD"))
                : Optional.empty();
    }
}
