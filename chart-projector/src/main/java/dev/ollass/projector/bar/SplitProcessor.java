package dev.ollass.projector.bar;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.projector.bar.rules.MoveBounds;
import dev.ollass.projector.bar.rules.TickPrecedence;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keeps a stock's splits (the newest observation per ex-date wins) beside its bars, and re-flags the
 * stock's first stored bar on or after a split's ex-date: a split that arrives after the bars may
 * explain a move flagged before it. Dividends move no price enough to matter here and are left out.
 */
final class SplitProcessor extends SeriesBarProcessor<CorporateAction> {

    SplitProcessor(MoveBounds bounds) {
        super(bounds);
    }

    @Override
    public void process(Record<String, CorporateAction> record) {
        CorporateAction split = record.value();
        // A split without its ratio is the sink's to dead-letter; it explains nothing here.
        if (split == null
                || split.type() != CorporateAction.Type.SPLIT
                || split.numerator() == null
                || split.denominator() == null
                || split.numerator() <= 0
                || split.denominator() <= 0) {
            return;
        }
        SeriesBars bars = bars();
        CorporateAction stored = bars.split(SeriesBars.splitKey(split.symbol(), split.exDate()));
        if (stored != null && !TickPrecedence.replaces(stored.observedAt(), split.observedAt())) {
            return;
        }
        bars.putSplit(split);
        DailyBar first = bars.onOrAfter(split.symbol(), InstrumentKind.STOCK, split.exDate());
        if (first != null) {
            DailyBar reflagged = bars.flagAndStore(first);
            if (reflagged != null) {
                emit(record, reflagged);
            }
        }
    }
}
