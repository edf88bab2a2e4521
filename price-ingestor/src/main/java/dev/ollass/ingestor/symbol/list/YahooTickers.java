package dev.ollass.ingestor.symbol.list;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ticker Yahoo knows a listed stock by, as the original derived it (spec §8.1): a dot in the
 * code becomes a dash ({@code BRK.B} is {@code BRK-B}), US codes are bare, Korean codes get
 * {@code .KS} on KOSPI and {@code .KQ} elsewhere (KOSDAQ), every other country its exchange suffix.
 */
public final class YahooTickers {

    private static final String KOREA = "KOREA";

    /** By country label as the lists write it (compared case-insensitively). */
    private static final Map<String, String> SUFFIXES = Map.ofEntries(
            Map.entry("USA", ""),
            Map.entry("JAPAN", ".T"),
            Map.entry("UK", ".L"),
            Map.entry("GERMANY", ".DE"),
            Map.entry("FRANCE", ".PA"),
            Map.entry("CHINA", ".SS"),
            Map.entry("HONGKONG", ".HK"),
            Map.entry("CANADA", ".TO"),
            Map.entry("AUSTRALIA", ".AX"),
            Map.entry("INDIA", ".BO"),
            Map.entry("BRAZIL", ".SA"),
            Map.entry("ITALY", ".MI"),
            Map.entry("SPAIN", ".MC"),
            Map.entry("SWITZERLAND", ".SW"),
            Map.entry("NETHERLAND", ".AS"));

    private YahooTickers() {}

    /** The Yahoo ticker, or empty for a country without a known suffix. */
    public static Optional<String> of(String code, String country, String market) {
        String key = country.toUpperCase(Locale.ROOT);
        String base = code.replace('.', '-');
        if (KOREA.equals(key)) {
            return Optional.of(base + ("KOSPI".equalsIgnoreCase(market) ? ".KS" : ".KQ"));
        }
        String suffix = SUFFIXES.get(key);
        if (suffix == null) {
            return Optional.empty();
        }
        if ("HONGKONG".equals(key)) {
            // The lists held Hong Kong codes as numbers and lost their zeros; Yahoo wants four digits.
            base = padHongKong(base);
        }
        return Optional.of(base + suffix);
    }

    private static String padHongKong(String code) {
        return code.chars().allMatch(c -> c >= '0' && c <= '9') && code.length() < 4
                ? "0".repeat(4 - code.length()) + code
                : code;
    }
}
