package dev.ollass.projector.bar;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.bar.rules.TickPrecedence;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The market topology. Ticks (keyed by symbol) become:
 *
 * <ul>
 *   <li>daily bars: per (symbol, exchange-local trading date) the newest observation wins;
 *   <li>latest prices: per symbol the tick of the latest trading date wins, so a late or replayed
 *       tick for an older day never moves the latest price back.
 * </ul>
 *
 * Both are written to compacted topics, from which the sinks fill MySQL and Redis.
 */
public final class MarketTopology {

    static final String DAILY_BAR_STORE = "daily-bar-by-symbol-and-date";
    static final String LATEST_TICK_STORE = "latest-tick-by-symbol";

    private MarketTopology() {}

    /** Adds the topology to {@code builder} and returns the stream of ticks it reads. */
    public static KStream<String, PriceTick> define(StreamsBuilder builder) {
        KStream<String, PriceTick> ticks = builder.stream(
                Topics.PRICE_TICKS.name(),
                Consumed.with(Topics.PRICE_TICKS.keySerde(), Topics.PRICE_TICKS.valueSerde()));

        ticks.selectKey((symbol, tick) -> DailyBar.key(tick.symbol(), tick.tradingDate()))
                .groupByKey(Grouped.with(
                        "ticks-by-symbol-and-date", Topics.PRICE_TICKS.keySerde(), Topics.PRICE_TICKS.valueSerde()))
                .reduce(TickPrecedence::newerObservation, Materialized.as(DAILY_BAR_STORE))
                .toStream()
                .mapValues(DailyBar::from)
                .to(
                        Topics.DAILY_BARS.name(),
                        Produced.with(Topics.DAILY_BARS.keySerde(), Topics.DAILY_BARS.valueSerde()));

        ticks.groupByKey(Grouped.with(Topics.PRICE_TICKS.keySerde(), Topics.PRICE_TICKS.valueSerde()))
                .reduce(TickPrecedence::laterTradingDay, Materialized.as(LATEST_TICK_STORE))
                .toStream()
                .mapValues(LatestPrice::from)
                .to(
                        Topics.LATEST_PRICES.name(),
                        Produced.with(Topics.LATEST_PRICES.keySerde(), Topics.LATEST_PRICES.valueSerde()));
        return ticks;
    }
}
