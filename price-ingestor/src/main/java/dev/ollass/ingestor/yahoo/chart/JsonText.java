package dev.ollass.ingestor.yahoo.chart;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The few JSON values a rejection's raw payload is written with. Written here rather than by a JSON
 * library: flat objects of strings and numbers keep this package free of one.
 */
final class JsonText {

    private JsonText() {}

    static String string(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder().append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /**
     * Plain digits, as Yahoo writes them ({@code 0.0000001}, never {@code 1E-7}), except for a number
     * whose plain digits would be absurdly many ({@code 1E+999999999} is a billion of them).
     */
    static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "null";
        }
        return Math.abs(value.scale()) > 64 ? value.toString() : value.toPlainString();
    }
}
