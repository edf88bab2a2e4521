package dev.ollass.api.market;

import dev.ollass.contracts.market.InstrumentKind;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The daily bars and the latest value of one kind of series, answered the same way for stocks,
 * indices and exchange rates: codes normalized ({@link MarketCodes}), an open range by default, a
 * range that ends before it starts refused, and a code the projections know nothing of a 404.
 */
final class MarketSeries {

    private static final LocalDate NO_LOWER_BOUND = LocalDate.of(1900, 1, 1);
    private static final LocalDate NO_UPPER_BOUND = LocalDate.of(9999, 12, 31);

    private final MarketReader reader;
    private final InstrumentKind kind;

    MarketSeries(MarketReader reader, InstrumentKind kind) {
        this.reader = reader;
        this.kind = kind;
    }

    List<DailyPrice> daily(String rawCode, @Nullable LocalDate start, @Nullable LocalDate end) {
        String code = MarketCodes.normalize(rawCode);
        LocalDate from = start != null ? start : NO_LOWER_BOUND;
        LocalDate to = end != null ? end : NO_UPPER_BOUND;
        if (from.isAfter(to)) {
            throw new InvalidDateRange(from, to);
        }
        List<DailyPrice> prices = reader.dailyPrices(kind, code, from, to);
        if (prices.isEmpty() && !reader.hasAnyDailyPrice(kind, code)) {
            throw new MarketDataNotFound(code);
        }
        return prices;
    }

    CurrentPrice latest(String rawCode) {
        String code = MarketCodes.normalize(rawCode);
        return reader.latestPrice(kind, code).orElseThrow(() -> new MarketDataNotFound(code));
    }
}
