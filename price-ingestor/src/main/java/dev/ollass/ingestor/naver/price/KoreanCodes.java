package dev.ollass.ingestor.naver.price;

import java.util.regex.Pattern;

/**
 * Korean stock codes: six characters, digits until 2024 ({@code 005930}); since then the fifth and
 * sixth may be letters ({@code 0126Z0}, preferred shares such as {@code 00088K}), as KRX assigns
 * them: the fifth any digit or letter but I, O and U, the sixth a digit or K to N.
 */
public final class KoreanCodes {

    private static final Pattern STOCK_CODE = Pattern.compile("\\d{4}[0-9A-HJ-NP-TV-Z][0-9K-N]");

    private KoreanCodes() {}

    public static boolean isStockCode(String code) {
        return STOCK_CODE.matcher(code).matches();
    }
}
