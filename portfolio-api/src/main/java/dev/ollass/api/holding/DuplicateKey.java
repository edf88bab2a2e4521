package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What makes two transactions the same for a re-import: date, symbol, side, quantity, price and
 * account. Numbers compare by value ({@code 10} equals {@code 10.00}), the code in upper case, the
 * account trimmed; absent values equal each other.
 */
public record DuplicateKey(
        @Nullable LocalDate date,
        String code,
        @Nullable Side side,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal price,
        @Nullable String account) {

    public DuplicateKey {
        code = code.strip().toUpperCase(Locale.ROOT);
        quantity = canonical(quantity);
        price = canonical(price);
        account = account == null || account.isBlank() ? null : account.strip();
    }

    private static @Nullable BigDecimal canonical(@Nullable BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
