package dev.ollass.api.asset;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Decimal columns have a fixed scale: values leave without the padding zeros (10, not 10.00000000). */
final class Decimals {

    private Decimals() {}

    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
