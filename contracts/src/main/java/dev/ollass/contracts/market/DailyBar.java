package dev.ollass.contracts.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The projected daily bar of one symbol on one exchange-local trading date. */
public record DailyBar(
        String symbol,
        LocalDate tradingDate,
        String currency,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal adjClose,
        long volume,
        String source,
        Instant observedAt,
        InstrumentKind kind) {

    public DailyBar {
        kind = kind == null ? InstrumentKind.STOCK : kind;
    }

    public static DailyBar from(PriceTick tick) {
        return new DailyBar(
                tick.symbol(),
                tick.tradingDate(),
                tick.currency(),
                tick.open(),
                tick.high(),
                tick.low(),
                tick.close(),
                tick.adjClose(),
                tick.volume(),
                tick.source(),
                tick.observedAt(),
                tick.kind());
    }

    /** The natural key of a daily bar: {@code SYMBOL|YYYY-MM-DD}. */
    public static String key(String symbol, LocalDate tradingDate) {
        return symbol + "|" + tradingDate;
    }
}
