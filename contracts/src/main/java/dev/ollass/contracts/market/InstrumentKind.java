package dev.ollass.contracts.market;

/**
 * What a price series is of. Each kind has its own code space, as users and the original API know
 * it: a stock's code ({@code AAPL}, {@code 005930}), an index's code without Yahoo's caret
 * ({@code KS11}, {@code GSPC}), a currency pair as base then quote ({@code USDKRW}).
 */
public enum InstrumentKind {
    STOCK,
    INDEX,
    FX
}
