package dev.ollass.api.asset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The original's enumerations (spec §2.4) as the wire writes them, and how they are stored. */
final class Vocabulary {

    static final String BUY = "매수";
    static final String SELL = "매도";

    /** Wire value to stored value. */
    static final Map<String, String> TRADES = Map.of(BUY, "BUY", SELL, "SELL");

    static final List<String> CURRENCIES = List.of("KRW", "USD");

    static final List<String> ACCOUNT_TYPES = List.of("ISA", "IRP", "개인연금", "일반계좌", "기타");

    static final List<String> INVESTMENT_BANKS =
            List.of("토스증권", "미래에셋증권", "삼성투자증권", "한국투자증권", "KB증권", "대신증권", "NH투자증권", "신한투자증권", "키움증권");

    private Vocabulary() {}

    static Optional<String> storedTrade(String wire) {
        return Optional.ofNullable(TRADES.get(wire));
    }

    static String wireTrade(String stored) {
        return "SELL".equals(stored) ? SELL : BUY;
    }
}
