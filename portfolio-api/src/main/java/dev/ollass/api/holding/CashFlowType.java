package dev.ollass.api.holding;

import java.util.Locale;
import java.util.Optional;

/** Kinds of cash movement beside buys and sells, which returns need. */
public enum CashFlowType {
    /** Money put into the account. */
    DEPOSIT,
    /** Money taken out of the account. */
    WITHDRAWAL,
    /** A dividend as the broker paid it (cash, after any withholding the broker did). */
    DIVIDEND,
    /** A tax paid (on dividends or gains). */
    TAX;

    /**
     * The type named by {@code text}: its name ({@code DEPOSIT}, ...) or its Korean word ({@code 입금},
     * {@code 출금}, {@code 배당}, {@code 세금}), in any case and surrounded by any blanks.
     */
    public static Optional<CashFlowType> parse(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "DEPOSIT", "입금" -> Optional.of(DEPOSIT);
            case "WITHDRAWAL", "출금" -> Optional.of(WITHDRAWAL);
            case "DIVIDEND", "배당", "배당금" -> Optional.of(DIVIDEND);
            case "TAX", "세금" -> Optional.of(TAX);
            default -> Optional.empty();
        };
    }
}
