package dev.ollass.api.holding;

import java.util.Locale;
import java.util.Optional;

/** The currencies a transaction's price can be entered in, as the original's {@code 주식통화}. */
public enum Currency {
    KRW,
    USD;

    /** The currency named by its ISO code, in any case and surrounded by any blanks; {@code 원} is KRW, {@code 달러} USD. */
    public static Optional<Currency> parse(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "KRW", "원", "WON" -> Optional.of(KRW);
            case "USD", "달러", "$" -> Optional.of(USD);
            default -> Optional.empty();
        };
    }
}
