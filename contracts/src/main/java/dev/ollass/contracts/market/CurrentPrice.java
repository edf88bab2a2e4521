package dev.ollass.contracts.market;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The price of a stock or the level of an index at one moment, as a source's current-price answer
 * gives it (Naver's polling JSON). Not a {@link PriceTick}: such an answer does not say which trading
 * date its price belongs to (after the close, at a weekend or on a holiday it still shows the last
 * session's), and an index comes without its opening level, so it cannot be a day's OHLCV snapshot.
 * Travels on its own compacted topic keyed by {@link #key()}; for one key the newer {@code asOf}
 * wins, whatever order the records arrive in.
 *
 * @param symbol the code users know: {@code 005930}, {@code 0126Z0}; {@code KS11} or {@code KQ11}
 * @param price the current price, or the index level in points
 * @param currency ISO 4217 code of {@code price}; {@code KRW} also for a Korean index, as Yahoo's
 *     KOSPI series has it
 * @param marketStatus the source's market state, e.g. Naver's {@code OPEN} or {@code CLOSE}; null when absent
 * @param asOf when the source computed the answer (Naver's {@code result.time})
 * @param source where it came from, e.g. {@code naver-polling}
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
        Instant observedAt) {

    /**
     * The record key: {@code CODE|KIND}, since a stock and an index may share a code; the same form as
     * {@link LatestPrice#key()}.
     */
    public String key() {
        return key(kind, symbol);
    }

    /** The record key of {@code code}, a code of {@code kind}: {@code 005930|STOCK}, {@code KS11|INDEX}. */
    public static String key(InstrumentKind kind, String code) {
        return LatestPrice.key(code, kind);
    }
}
