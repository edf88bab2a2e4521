package dev.ollass.projector.bar;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.projector.bar.rules.MoveBounds;
import dev.ollass.projector.bar.rules.TickPrecedence;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Folds a tick into its series' bar of the day (the newest observation wins, {@link TickPrecedence}),
 * flags the bar against the series' previous stored day, and re-flags the next stored day, whose
 * previous close a late backfill has just changed. Emits, keyed by {@link DailyBar#key()}, every bar
 * whose content or flags changed, and nothing else: a replayed or older tick emits nothing.
 */
final class DailyBarProcessor extends SeriesBarProcessor<PriceTick> {

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
        DailyBar next =
                bars.onOrAfter(tick.symbol(), tick.kind(), tick.tradingDate().plusDays(1));
        if (next != null) {
            DailyBar reflagged = bars.flagAndStore(next);
            if (reflagged != null) {
                emit(record, reflagged);
            }
        }
    }
}
