package dev.ollass.api.holding;

import java.util.Locale;
import java.util.Optional;

/** Whether a transaction bought or sold: the original's {@code 매수} and {@code 매도}. */
public enum Side {
    BUY("매수"),
    SELL("매도");

    private final String korean;

    Side(String korean) {
        this.korean = korean;
    }

    /** The original's wire value: {@code 매수} or {@code 매도}. */
    public String korean() {
        return korean;
    }

    /**
     * The side named by {@code text}: the Korean wire value ({@code 매수}, {@code 매도}) or the English
     * word ({@code buy}, {@code sell}, {@code b}, {@code s}), in any case and surrounded by any blanks.
     */
    public static Optional<Side> parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "매수", "buy", "b", "bought" -> Optional.of(BUY);
            case "매도", "sell", "s", "sold" -> Optional.of(SELL);
            default -> Optional.empty();
        };
    }
}
