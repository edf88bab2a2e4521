package dev.ollass.projector.bar;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.bar.rules.MoveBounds;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The market topology. Ticks and corporate actions, both keyed by symbol (so a symbol's ticks and
 * splits are in the same partition, and no repartition topic is needed), become:
 *
 * <ul>
 *   <li>daily bars: per series (symbol and kind) and exchange-local trading date the newest
 *       observation wins; each bar is flagged as suspect against the series' previous stored day and
 *       its splits, and a late day or split re-flags the day after it ({@link DailyBarProcessor},
 *       {@link SplitProcessor});
 *   <li>latest prices: per series the tick of the latest trading date wins, so a late or replayed
 *       tick for an older day never moves the latest price back ({@link LatestPriceProcessor}).
 * </ul>
 *
 * Both are written to compacted topics, keyed by their natural keys (with the kind: a stock and an
 * index may share a code), from which the sinks fill MySQL and Redis. The state stores keep their
 * values in a binary form of their own ({@link StoreSerde}); the topics are JSON.
 */
public final class MarketTopology {

    static final String DAILY_BAR_STORE = "daily-bar-by-series-and-date";
    static final String SPLIT_STORE = "split-by-symbol-and-ex-date";
    static final String LATEST_TICK_STORE = "latest-tick-by-series";

    private MarketTopology() {}

    /** Adds the topology to {@code builder} and returns the stream of ticks it reads. */
    public static KStream<String, PriceTick> define(StreamsBuilder builder, MoveBounds bounds) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(DAILY_BAR_STORE), Serdes.String(), StoreSerde.dailyBars())
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(SPLIT_STORE), Serdes.String(), StoreSerde.corporateActions())
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(LATEST_TICK_STORE), Serdes.String(), StoreSerde.priceTicks())
                .withCachingEnabled());

        KStream<String, PriceTick> ticks = builder.stream(
                Topics.PRICE_TICKS.name(),
                Consumed.with(Topics.PRICE_TICKS.keySerde(), Topics.PRICE_TICKS.valueSerde()));
        KStream<String, CorporateAction> actions = builder.stream(
                Topics.CORPORATE_ACTIONS.name(),
                Consumed.with(Topics.CORPORATE_ACTIONS.keySerde(), Topics.CORPORATE_ACTIONS.valueSerde()));

        Produced<String, DailyBar> toDailyBars =
                Produced.with(Topics.DAILY_BARS.keySerde(), Topics.DAILY_BARS.valueSerde());
        // The latest ticks too: a tick of its series' newest day has no next stored day to re-flag.
        ticks.process(() -> new DailyBarProcessor(bounds), DAILY_BAR_STORE, SPLIT_STORE, LATEST_TICK_STORE)
                .to(Topics.DAILY_BARS.name(), toDailyBars);
        actions.process(() -> new SplitProcessor(bounds), DAILY_BAR_STORE, SPLIT_STORE)
                .to(Topics.DAILY_BARS.name(), toDailyBars);

        ticks.process(LatestPriceProcessor::new, LATEST_TICK_STORE)
                .to(
                        Topics.LATEST_PRICES.name(),
                        Produced.with(Topics.LATEST_PRICES.keySerde(), Topics.LATEST_PRICES.valueSerde()));
        return ticks;
    }
}
