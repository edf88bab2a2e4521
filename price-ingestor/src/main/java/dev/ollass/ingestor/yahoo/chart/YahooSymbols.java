package dev.ollass.ingestor.yahoo.chart;

import dev.ollass.contracts.market.InstrumentKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Translates Yahoo tickers to the stock codes users know. Yahoo adds an exchange suffix to listings
 * outside the US ({@code 005930.KS}, {@code 7203.T}) and writes share classes with a dash
 * ({@code BRK-B}); the symbol universe and every Ollass key use the plain code ({@code 005930},
 * {@code BRK.B}). Indices lose their caret ({@code ^KS11} becomes {@code KS11}); exchange rates lose
 * Yahoo's {@code =X} and name both currencies ({@code EURUSD=X} is {@code EURUSD}, and {@code KRW=X},
 * Yahoo's short form for dollars in won, is {@code USDKRW}).
 */
public final class YahooSymbols {

    private static final List<String> EXCHANGE_SUFFIXES = List.of(
            ".KS", ".KQ", ".T", ".L", ".DE", ".PA", ".SS", ".HK", ".TO", ".AX", ".BO", ".SA", ".MI", ".MC", ".SW",
            ".AS");

    private static final String FX_SUFFIX = "=X";

    private YahooSymbols() {}

    /** What the ticker's series is of: an index ({@code ^}), an exchange rate ({@code =X}), else a stock. */
    public static InstrumentKind kindOf(String yahooTicker, @Nullable String instrumentType) {
        if (yahooTicker.startsWith("^") || "INDEX".equals(instrumentType)) {
            return InstrumentKind.INDEX;
        }
        if (yahooTicker.endsWith(FX_SUFFIX) || "CURRENCY".equals(instrumentType)) {
            return InstrumentKind.FX;
        }
        return InstrumentKind.STOCK;
    }

    public static String toStockCode(String yahooTicker, @Nullable String instrumentType) {
        if (yahooTicker.endsWith(FX_SUFFIX)) {
            String pair = yahooTicker.substring(0, yahooTicker.length() - FX_SUFFIX.length());
            return pair.length() == 3 ? "USD" + pair : pair;
        }
        if (yahooTicker.startsWith("^")) {
            return yahooTicker.substring(1);
        }
        for (String suffix : EXCHANGE_SUFFIXES) {
            if (yahooTicker.endsWith(suffix)) {
                return yahooTicker.substring(0, yahooTicker.length() - suffix.length());
            }
        }
        // Only equities use the dash for a share class; crypto pairs such as BTC-USD keep it.
        return "EQUITY".equals(instrumentType) ? yahooTicker.replace('-', '.') : yahooTicker;
    }
}
