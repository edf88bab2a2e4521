package dev.ollass.ingestor.naver.price;

import dev.ollass.contracts.market.InstrumentKind;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The price of a stock or the level of an index at one moment, as Naver's polling JSON gives it. Not
 * a {@code PriceTick}: the polling answer does not say which trading date its prices belong to (after
 * the close, at a weekend or on a holiday it still shows the last session's), and an index comes
 * without its opening level, so it cannot be a day's full OHLCV snapshot.
 *
 * @param symbol the code users know: {@code 005930}, {@code 0126Z0}; {@code KS11} or {@code KQ11}
 * @param price the current price in won, or the index level in points (Naver sends it times 100)
 * @param currency {@code KRW}, also for an index, as Yahoo's KOSPI series has it
 * @param marketStatus Naver's {@code ms}, e.g. {@code OPEN} or {@code CLOSE}; null when absent
 * @param asOf when Naver computed the answer ({@code result.time})
 * @param source {@code naver-polling}
 * @param observedAt when the answer was read (ingest time)
 */
public record CurrentPrice(
        String symbol,
        InstrumentKind kind,
        BigDecimal price,
        String currency,
        @Nullable String marketStatus,
        Instant asOf,
        String source,
        Instant observedAt) {}
