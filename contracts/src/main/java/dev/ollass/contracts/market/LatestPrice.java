package dev.ollass.contracts.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The newest known price of one symbol: the close of its latest trading date.
 *
 * @param exchangeTimeZone kept so that the completeness audit knows which calendar the symbol trades on
 */
public record LatestPrice(
        String symbol,
        BigDecimal price,
        String currency,
        LocalDate tradingDate,
        String exchangeTimeZone,
        String source,
        Instant observedAt,
        InstrumentKind kind) {

    public LatestPrice {
        kind = kind == null ? InstrumentKind.STOCK : kind;
    }

    /**
     * The natural key of a latest price: {@code SYMBOL|KIND}, since a stock and an index may share a
     * code.
     */
    public String key() {
        return key(symbol, kind);
    }

    /** The natural key of the latest price of {@code symbol}, a code of {@code kind}. */
    public static String key(String symbol, InstrumentKind kind) {
        return symbol + "|" + kind;
    }

    public static LatestPrice from(PriceTick tick) {
        return new LatestPrice(
                tick.symbol(),
                tick.close(),
                tick.currency(),
                tick.tradingDate(),
                tick.exchangeTimeZone(),
                tick.source(),
                tick.observedAt(),
                tick.kind());
    }
}
