package dev.ollass.projector.bar;

import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.projector.bar.rules.TickPrecedence;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps per series ({@link LatestPrice#key()}: a stock and an index may share a code) the tick of its
 * latest trading date ({@link TickPrecedence#laterTradingDay}), and emits the latest price when that
 * tick changes: a late tick for an older day, or a replayed one, emits nothing.
 */
final class LatestPriceProcessor implements Processor<String, PriceTick, String, LatestPrice> {

    private @Nullable ProcessorContext<String, LatestPrice> context;
    private @Nullable KeyValueStore<String, PriceTick> latest;

    @Override
    public void init(ProcessorContext<String, LatestPrice> context) {
        this.context = context;
        this.latest = context.getStateStore(MarketTopology.LATEST_TICK_STORE);
    }

    @Override
    public void process(Record<String, PriceTick> record) {
        PriceTick tick = record.value();
        if (tick == null) {
            return;
        }
        KeyValueStore<String, PriceTick> store = SeriesBarProcessor.initialized(latest);
        String key = LatestPrice.key(tick.symbol(), tick.kind());
        PriceTick stored = store.get(key);
        PriceTick winner = stored == null ? tick : TickPrecedence.laterTradingDay(stored, tick);
        if (winner.equals(stored)) {
            return;
        }
        store.put(key, winner);
        SeriesBarProcessor.initialized(context).forward(record.withKey(key).withValue(LatestPrice.from(winner)));
    }
}
