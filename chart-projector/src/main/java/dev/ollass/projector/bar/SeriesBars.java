package dev.ollass.projector.bar;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.SuspectReason;
import dev.ollass.projector.bar.rules.BarSanity;
import dev.ollass.projector.bar.rules.MoveBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * The stored bars and splits of the series of one partition, as the bar and split processors share
 * them. A bar's key ({@link DailyBar#key()}, {@code SYMBOL|KIND|YYYY-MM-DD}) sorts a series' days by
 * date, so its previous and next stored days are range scans; a split's key ({@code SYMBOL|YYYY-MM-DD})
 * sorts a stock's splits by ex-date.
 */
final class SeriesBars {

    /** After every ISO date of four-digit years: the top of a series' key range. */
    private static final String LAST_DATE = "9999-12-31";

    private final KeyValueStore<String, DailyBar> bars;
    private final KeyValueStore<String, CorporateAction> splits;
    private final MoveBounds bounds;

    SeriesBars(KeyValueStore<String, DailyBar> bars, KeyValueStore<String, CorporateAction> splits, MoveBounds bounds) {
        this.bars = bars;
        this.splits = splits;
        this.bounds = bounds;
    }

    static String splitKey(String symbol, LocalDate exDate) {
        return symbol + "|" + exDate;
    }

    @Nullable
    DailyBar bar(String key) {
        return bars.get(key);
    }

    @Nullable
    CorporateAction split(String key) {
        return splits.get(key);
    }

    void putSplit(CorporateAction split) {
        splits.put(splitKey(split.symbol(), split.exDate()), split);
    }

    /** The series' stored bar of the latest day before {@code date}, null when there is none. */
    @Nullable
    DailyBar previous(String symbol, InstrumentKind kind, LocalDate date) {
        String series = seriesPrefix(symbol, kind);
        try (KeyValueIterator<String, DailyBar> before =
                bars.reverseRange(series, DailyBar.key(symbol, kind, date.minusDays(1)))) {
            return before.hasNext() ? before.next().value : null;
        }
    }

    /** The series' stored bar of the earliest day on or after {@code date}, null when there is none. */
    @Nullable
    DailyBar onOrAfter(String symbol, InstrumentKind kind, LocalDate date) {
        try (KeyValueIterator<String, DailyBar> after =
                bars.range(DailyBar.key(symbol, kind, date), seriesPrefix(symbol, kind) + LAST_DATE)) {
            return after.hasNext() ? after.next().value : null;
        }
    }

    /**
     * {@code bar} flagged against its series' stored previous day and the splits between, and stored
     * when that changes its content or flags. Returns it when it changed, else null.
     */
    @Nullable
    DailyBar flagAndStore(DailyBar bar) {
        return flagAndStore(bar, bars.get(bar.key()));
    }

    /** As {@link #flagAndStore(DailyBar)}, with the bar stored under its key already read ({@code stored}). */
    @Nullable
    DailyBar flagAndStore(DailyBar bar, @Nullable DailyBar stored) {
        DailyBar previous = previous(bar.symbol(), bar.kind(), bar.tradingDate());
        List<SuspectReason> reasons = BarSanity.reasons(bar, previous, List.of(), bounds);
        if (reasons.contains(SuspectReason.LARGE_MOVE)) {
            // Splits can only explain a large move, so they are read (a range scan per tick) only for one.
            reasons = BarSanity.reasons(bar, previous, splitsBetween(bar, previous), bounds);
        }
        DailyBar flagged = bar.withSuspectReasons(reasons);
        if (flagged.equals(stored)) {
            return null;
        }
        bars.put(flagged.key(), flagged);
        return flagged;
    }

    /** Only stocks split; the splits with an ex-date after the previous day and on or before the bar's. */
    private List<CorporateAction> splitsBetween(DailyBar bar, @Nullable DailyBar previous) {
        if (previous == null || bar.kind() != InstrumentKind.STOCK) {
            return List.of();
        }
        List<CorporateAction> between = new ArrayList<>();
        try (KeyValueIterator<String, CorporateAction> range = splits.range(
                splitKey(bar.symbol(), previous.tradingDate().plusDays(1)),
                splitKey(bar.symbol(), bar.tradingDate()))) {
            range.forEachRemaining((KeyValue<String, CorporateAction> split) -> between.add(split.value));
        }
        return between;
    }

    private static String seriesPrefix(String symbol, InstrumentKind kind) {
        return symbol + "|" + kind + "|";
    }
}
