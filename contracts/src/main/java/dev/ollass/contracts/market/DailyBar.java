package dev.ollass.contracts.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The projected daily bar of one symbol on one exchange-local trading date.
 *
 * @param suspectReasons why the bar is suspect (see {@link SuspectReason}), in the enum's order; empty
 *     for a bar that is not. A bar written before the flags existed reads as not suspect
 */
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
        InstrumentKind kind,
        List<SuspectReason> suspectReasons) {

    public DailyBar {
        kind = kind == null ? InstrumentKind.STOCK : kind;
        suspectReasons = suspectReasons == null ? List.of() : List.copyOf(suspectReasons);
    }

    /** A bar without suspect reasons (as written before the flags existed). */
    public DailyBar(
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
            @Nullable InstrumentKind kind) {
        this(
                symbol,
                tradingDate,
                currency,
                open,
                high,
                low,
                close,
                adjClose,
                volume,
                source,
                observedAt,
                kind,
                List.of());
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
                tick.kind(),
                List.of());
    }

    /** Whether any {@link #suspectReasons()} were found. */
    public boolean suspect() {
        return !suspectReasons.isEmpty();
    }

    /** This bar with {@code reasons} as its suspect reasons. */
    public DailyBar withSuspectReasons(List<SuspectReason> reasons) {
        return new DailyBar(
                symbol,
                tradingDate,
                currency,
                open,
                high,
                low,
                close,
                adjClose,
                volume,
                source,
                observedAt,
                kind,
                reasons);
    }

    /**
     * The natural key of a daily bar: {@code SYMBOL|KIND|YYYY-MM-DD}. The kind is part of it, since a
     * stock and an index may share a code; for one series the keys sort by date.
     */
    public String key() {
        return key(symbol, kind, tradingDate);
    }

    /** The natural key of the bar of {@code symbol}, a code of {@code kind}, on {@code tradingDate}. */
    public static String key(String symbol, InstrumentKind kind, LocalDate tradingDate) {
        return symbol + "|" + kind + "|" + tradingDate;
    }
}
