package dev.ollass.projector.bar;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.projector.bar.rules.MoveBounds;
import dev.ollass.projector.bar.rules.TickPrecedence;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Folds a tick into its series' bar of the day (the newest observation wins, {@link TickPrecedence}),
 * flags the bar against the series' previous stored day, and re-flags the next stored day, whose
 * previous close a late backfill has just changed. Emits, keyed by {@link DailyBar#key()}, every bar
 * whose content or flags changed, and nothing else: a replayed or older tick emits nothing.
 */
final class DailyBarProcessor extends SeriesBarProcessor<PriceTick> {

    private @Nullable KeyValueStore<String, PriceTick> latestTicks;

    DailyBarProcessor(MoveBounds bounds) {
        super(bounds);
    }

    @Override
    public void process(Record<String, PriceTick> record) {
        PriceTick tick = record.value();
        if (tick == null) {
            return;
        }
        SeriesBars bars = bars();
        DailyBar candidate = DailyBar.from(tick);
        DailyBar stored = bars.bar(candidate.key());
        if (stored != null && !TickPrecedence.replaces(stored.observedAt(), candidate.observedAt())) {
            return;
        }
        DailyBar changed = bars.flagAndStore(candidate, stored);
        if (changed == null) {
            return;
        }
        emit(record, changed);
        if (ofTheNewestDayOfItsSeries(tick)) {
            return;
        }
        DailyBar next =
                bars.onOrAfter(tick.symbol(), tick.kind(), tick.tradingDate().plusDays(1));
        if (next != null) {
            DailyBar reflagged = bars.flagAndStore(next);
            if (reflagged != null) {
                emit(record, reflagged);
            }
        }
    }

    /**
     * Whether no later day of the tick's series can be stored, so that there is no next day to re-flag: the
     * latest-tick store ({@link LatestPriceProcessor}) holds the tick of the series' latest trading date seen,
     * and a series has a bar only on days it had a tick. Most ticks are of that day, and the range scan for a
     * next day was a fifteenth of the topology's thread. Without a latest tick the scan decides.
     */
    private boolean ofTheNewestDayOfItsSeries(PriceTick tick) {
        if (latestTicks == null) {
            latestTicks = store(MarketTopology.LATEST_TICK_STORE);
        }
        PriceTick latest = latestTicks.get(LatestPrice.key(tick.symbol(), tick.kind()));
        return latest != null && !tick.tradingDate().isBefore(latest.tradingDate());
    }
}
