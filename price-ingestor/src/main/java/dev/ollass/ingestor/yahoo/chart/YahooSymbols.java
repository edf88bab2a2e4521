package dev.ollass.ingestor.yahoo.chart;

import dev.ollass.contracts.market.InstrumentKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Translates between the stock codes users know and Yahoo's tickers, both ways, from one table of
 * exchanges (spec §8.1). Yahoo adds an exchange suffix to listings outside the US ({@code
 * 005930.KS}, {@code 7203.T}) and writes share classes with a dash ({@code BRK-B}); the symbol
 * universe and every Ollass key use the plain code ({@code 005930}, {@code BRK.B}). Indices lose
 * their caret ({@code ^KS11} becomes {@code KS11}); exchange rates lose Yahoo's {@code =X} and name
 * both currencies ({@code EURUSD=X} is {@code EURUSD}, and {@code KRW=X}, Yahoo's short form for
 * dollars in won, is {@code USDKRW}).
 */
public final class YahooSymbols {

    private static final String FX_SUFFIX = "=X";

    private YahooSymbols() {}

    /**
     * The exchanges of the stock lists, by the country label the lists write, and how Yahoo writes
     * their codes. Each rule here has its inverse next to it, so that a response for a listed stock
     * maps back to the code the universe stores.
     */
    private enum Exchange {
        USA("USA", "", CodeStyle.SHARE_CLASS_DOT),
        KOSPI("KOREA", ".KS", CodeStyle.AS_LISTED),
        KOSDAQ("KOREA", ".KQ", CodeStyle.AS_LISTED),
        JAPAN("JAPAN", ".T", CodeStyle.AS_LISTED),
        UK("UK", ".L", CodeStyle.AS_LISTED),
        GERMANY("GERMANY", ".DE", CodeStyle.AS_LISTED),
        FRANCE("FRANCE", ".PA", CodeStyle.AS_LISTED),
        CHINA("CHINA", ".SS", CodeStyle.AS_LISTED),
        HONG_KONG("HONGKONG", ".HK", CodeStyle.FOUR_DIGITS),
        CANADA("CANADA", ".TO", CodeStyle.SHARE_CLASS_DOT),
        AUSTRALIA("AUSTRALIA", ".AX", CodeStyle.AS_LISTED),
        INDIA("INDIA", ".BO", CodeStyle.AS_LISTED),
        BRAZIL("BRAZIL", ".SA", CodeStyle.AS_LISTED),
        ITALY("ITALY", ".MI", CodeStyle.AS_LISTED),
        SPAIN("SPAIN", ".MC", CodeStyle.AS_LISTED),
        SWITZERLAND("SWITZERLAND", ".SW", CodeStyle.AS_LISTED),
        NETHERLAND("NETHERLAND", ".AS", CodeStyle.AS_LISTED);

        private final String country;
        private final String suffix;
        private final CodeStyle style;

        Exchange(String country, String suffix, CodeStyle style) {
            this.country = country;
            this.suffix = suffix;
            this.style = style;
        }

        static Optional<Exchange> of(String country, String market) {
            String key = country.toUpperCase(Locale.ROOT);
            if (KOSPI.country.equals(key)) {
                // The original's rule: KOSPI is .KS, every other Korean market (KOSDAQ) .KQ.
                return Optional.of("KOSPI".equalsIgnoreCase(market) ? KOSPI : KOSDAQ);
            }
            return Arrays.stream(values()).filter(e -> e.country.equals(key)).findFirst();
        }

        /** The exchange whose suffix ends a ticker; the US has none, so it is never found here. */
        static Optional<Exchange> ofTicker(String yahooTicker) {
            return Arrays.stream(values())
                    .filter(e -> !e.suffix.isEmpty() && yahooTicker.endsWith(e.suffix))
                    .findFirst();
        }

        String ticker(String code) {
            return style.toYahoo(code) + suffix;
        }

        String code(String yahooTicker) {
            return style.fromYahoo(yahooTicker.substring(0, yahooTicker.length() - suffix.length()));
        }
    }

    /** How an exchange's codes are written by the lists and by Yahoo. */
    private enum CodeStyle {
        /** A dot in a code becomes a dash (spec §8.1); a dash stays a dash ({@code BAJAJ-AUTO}). */
        AS_LISTED,
        /** Share classes: {@code BRK.B} is {@code BRK-B}, and back. */
        SHARE_CLASS_DOT {
            @Override
            String fromYahoo(String base) {
                return base.replace('-', '.');
            }
        },
        /**
         * The lists held Hong Kong codes as numbers and lost their zeros ({@code 700}); Yahoo wants
         * four digits ({@code 0700}). Back, the zeros go again, so the code is the list's.
         */
        FOUR_DIGITS {
            @Override
            String toYahoo(String code) {
                return isNumber(code) && code.length() < 4 ? "0".repeat(4 - code.length()) + code : code;
            }

            @Override
            String fromYahoo(String base) {
                if (!isNumber(base)) {
                    return base;
                }
                String stripped = base.replaceFirst("^0+", "");
                return stripped.isEmpty() ? "0" : stripped;
            }
        };

        String toYahoo(String code) {
            return code.replace('.', '-');
        }

        String fromYahoo(String base) {
            return base;
        }

        private static boolean isNumber(String code) {
            return !code.isEmpty() && code.chars().allMatch(c -> c >= '0' && c <= '9');
        }
    }

    /**
     * The Yahoo ticker of a listed stock, from its code and the country and market its list writes
     * (country compared case-insensitively); empty for a country without a known exchange suffix.
     */
    public static Optional<String> tickerOf(String code, String country, String market) {
        return Exchange.of(country, market).map(exchange -> exchange.ticker(code));
    }

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

    /** The code the symbol universe stores for the ticker's stock, index or exchange rate. */
    public static String toStockCode(String yahooTicker, @Nullable String instrumentType) {
        if (yahooTicker.endsWith(FX_SUFFIX)) {
            String pair = yahooTicker.substring(0, yahooTicker.length() - FX_SUFFIX.length());
            return pair.length() == 3 ? "USD" + pair : pair;
        }
        if (yahooTicker.startsWith("^")) {
            return yahooTicker.substring(1);
        }
        Optional<Exchange> listedAbroad = Exchange.ofTicker(yahooTicker);
        if (listedAbroad.isPresent()) {
            return listedAbroad.get().code(yahooTicker);
        }
        // Only equities use the dash for a share class; crypto pairs such as BTC-USD keep it.
        return "EQUITY".equals(instrumentType) ? Exchange.USA.code(yahooTicker) : yahooTicker;
    }
}
