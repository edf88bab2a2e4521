package dev.ollass.projector.bar;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.projector.bar.rules.MoveBounds;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;

/**
 * What the processors that store and flag daily bars share: the bar and split stores (as
 * {@link SeriesBars}) and the emission of a changed bar keyed by {@link DailyBar#key()}.
 *
 * @param <V> what the processor reads: ticks or corporate actions
 */
abstract class SeriesBarProcessor<V> implements Processor<String, V, String, DailyBar> {

    private final MoveBounds bounds;
    private @Nullable ProcessorContext<String, DailyBar> context;
    private @Nullable SeriesBars series;

    SeriesBarProcessor(MoveBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public final void init(ProcessorContext<String, DailyBar> context) {
        this.context = context;
        this.series = new SeriesBars(
                context.getStateStore(MarketTopology.DAILY_BAR_STORE),
                context.getStateStore(MarketTopology.SPLIT_STORE),
                bounds);
    }

    final SeriesBars bars() {
        return initialized(series);
    }

    /** A state store connected to this processor in {@link MarketTopology}. */
    final <S extends StateStore> S store(String name) {
        return initialized(context).getStateStore(name);
    }

    /** Forwards {@code bar}, which changed because of {@code cause}. */
    final void emit(Record<String, V> cause, DailyBar bar) {
        initialized(context).forward(cause.withKey(bar.key()).withValue(bar));
    }

    static <T> T initialized(@Nullable T part) {
        if (part == null) {
            throw new IllegalStateException("the processor is not initialized");
        }
        return part;
    }
}
