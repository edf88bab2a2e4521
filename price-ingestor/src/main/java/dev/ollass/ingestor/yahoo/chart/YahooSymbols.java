package dev.ollass.ingestor.yahoo.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Translates Yahoo tickers to the stock codes users know. Yahoo adds an exchange suffix to listings
 * outside the US ({@code 005930.KS}, {@code 7203.T}) and writes share classes with a dash
 * ({@code BRK-B}); the symbol universe and every Ollass key use the plain code ({@code 005930},
 * {@code BRK.B}). Indices lose their caret ({@code ^KS11} becomes {@code KS11}).
 */
public final class YahooSymbols {

    private static final List<String> EXCHANGE_SUFFIXES = List.of(
            ".KS", ".KQ", ".T", ".L", ".DE", ".PA", ".SS", ".HK", ".TO", ".AX", ".BO", ".SA", ".MI", ".MC", ".SW",
            ".AS");

    private YahooSymbols() {}

    public static String toStockCode(String yahooTicker, @Nullable String instrumentType) {
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
