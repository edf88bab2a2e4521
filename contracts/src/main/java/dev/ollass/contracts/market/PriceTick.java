package dev.ollass.contracts.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A full OHLCV snapshot of one symbol for one exchange-local trading date, from one source, observed
 * at one time. For the same (symbol, trading date) the newest observation wins.
 *
 * @param symbol the code as users know it: a stock's ({@code AAPL}, {@code 005930}, {@code BRK.B}), an
 *     index's ({@code KS11}), a currency pair's ({@code USDKRW}); see {@link InstrumentKind}
 * @param tradingDate the trading date in the exchange's own time zone
 * @param exchangeTimeZone the exchange's zone id, e.g. {@code America/New_York}
 * @param currency ISO 4217 code of the prices
 * @param adjClose close adjusted for splits and dividends, as the source reported it
 * @param source where it came from, e.g. {@code yahoo-chart-v8}
 * @param observedAt when the source was read (ingest time, not event time)
 * @param kind what the series is of; a tick written before kinds existed reads as a stock
 */
public record PriceTick(
        String symbol,
        LocalDate tradingDate,
        String exchangeTimeZone,
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

    public PriceTick {
        kind = kind == null ? InstrumentKind.STOCK : kind;
    }
}
