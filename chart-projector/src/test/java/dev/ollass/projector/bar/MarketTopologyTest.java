package dev.ollass.projector.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on a {@link TopologyTestDriver} with the application's own Streams configuration
 * ({@link ApplicationStreamsConfig}): every emitted record is read, in order, and nothing else is left.
 */
class MarketTopologyTest {

    private static final Instant FIRST_LOOK = Instant.parse("2020-11-06T21:05:00Z");
    private static final Instant SECOND_LOOK = Instant.parse("2020-11-07T02:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, PriceTick> ticks;
    private TestOutputTopic<String, DailyBar> dailyBars;
    private TestOutputTopic<String, LatestPrice> latestPrices;

    @TempDir
    static Path stateDir;

    private static Properties streamsConfig;

    @BeforeAll
    static void loadTheApplicationsStreamsConfig() {
        streamsConfig = ApplicationStreamsConfig.load(stateDir);
    }

    @BeforeEach
    void startTopology() {
        startTopology(streamsConfig);
    }

    private void startTopology(Properties config) {
        StreamsBuilder builder = new StreamsBuilder();
        MarketTopology.define(builder);
        driver = new TopologyTestDriver(builder.build(config), config);
        ticks = driver.createInputTopic(
                Topics.PRICE_TICKS.name(),
                Topics.PRICE_TICKS.keySerde().serializer(),
                Topics.PRICE_TICKS.valueSerde().serializer());
        dailyBars = driver.createOutputTopic(
                Topics.DAILY_BARS.name(),
                Topics.DAILY_BARS.keySerde().deserializer(),
                Topics.DAILY_BARS.valueSerde().deserializer());
        latestPrices = driver.createOutputTopic(
                Topics.LATEST_PRICES.name(),
                Topics.LATEST_PRICES.keySerde().deserializer(),
                Topics.LATEST_PRICES.valueSerde().deserializer());
    }

    @AfterEach
    void stopTopology() {
        driver.close();
    }

    @Test
    void foldsTicksIntoOneBarPerSymbolAndTradingDate() {
        pipe(tick("AAPL", "2020-11-05", "114.95", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-06", "118.69", FIRST_LOOK));
        pipe(tick("005930", "2020-11-06", "58500", FIRST_LOOK));

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close())
                .containsExactly(
                        tuple("AAPL|2020-11-05", new BigDecimal("114.95")),
                        tuple("AAPL|2020-11-06", new BigDecimal("118.69")),
                        tuple("005930|2020-11-06", new BigDecimal("58500")));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void letsTheNewestObservationOfADayWinWhateverOrderItArrivesIn() {
        pipe(tick("AAPL", "2020-11-06", "118.50", SECOND_LOOK));
        pipe(tick("AAPL", "2020-11-06", "118.00", FIRST_LOOK)); // an older look, replayed late

        // Every tick updates the bar; the late, older look re-emits the newer one unchanged.
        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close(), bar -> bar.value.observedAt())
                .containsExactly(
                        tuple("AAPL|2020-11-06", new BigDecimal("118.50"), SECOND_LOOK),
                        tuple("AAPL|2020-11-06", new BigDecimal("118.50"), SECOND_LOOK));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void keepsTheLatestPriceOnTheLatestTradingDateWhenALateTickForAnOlderDayArrives() {
        pipe(tick("AAPL", "2020-11-06", "118.69", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-05", "114.95", SECOND_LOOK)); // backfill of an older day

        assertThat(latestPrices.readKeyValuesToList())
                .extracting(
                        latest -> latest.key,
                        latest -> latest.value.price(),
                        latest -> latest.value.tradingDate(),
                        latest -> latest.value.exchangeTimeZone())
                .containsExactly(
                        tuple("AAPL", new BigDecimal("118.69"), LocalDate.of(2020, 11, 6), "America/New_York"),
                        tuple("AAPL", new BigDecimal("118.69"), LocalDate.of(2020, 11, 6), "America/New_York"));
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void foldsIndicesAndExchangeRatesLikeStocksKeepingTheirKind() {
        pipe(withKind(tick("KS11", "2021-04-16", "3198.6201171875", FIRST_LOOK), InstrumentKind.INDEX));
        pipe(withKind(tick("USDKRW", "2021-04-16", "1116.9200439453125", FIRST_LOOK), InstrumentKind.FX));

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.kind(), bar -> bar.value.close())
                .containsExactly(
                        tuple("KS11|2021-04-16", InstrumentKind.INDEX, new BigDecimal("3198.6201171875")),
                        tuple("USDKRW|2021-04-16", InstrumentKind.FX, new BigDecimal("1116.9200439453125")));
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.readKeyValuesToList())
                .extracting(latest -> latest.key, latest -> latest.value.kind())
                .containsExactly(tuple("KS11", InstrumentKind.INDEX), tuple("USDKRW", InstrumentKind.FX));
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void sendsATickItCannotReadToTheDeadLetterTopicAndGoesOn() {
        // The test driver drops dead letters written inside an exactly-once transaction, so this one test
        // runs at least once; the local-stack test DeadLettersOnTheLocalStackTest covers exactly-once.
        driver.close();
        startTopology(ApplicationStreamsConfig.load(
                stateDir, "spring.kafka.streams.properties.processing.guarantee=at_least_once"));

        var raw = driver.createInputTopic(Topics.PRICE_TICKS.name(), new StringSerializer(), new ByteArraySerializer());
        raw.pipeInput("AAPL", "{not json".getBytes(), FIRST_LOOK);
        pipe(tick("AAPL", "2020-11-06", "118.69", FIRST_LOOK));

        var deadLetters = driver.createOutputTopic(
                Topics.PRICE_TICK_DEAD_LETTERS.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        assertThat(deadLetters.readKeyValuesToList()).singleElement().satisfies(record -> {
            assertThat(new String(record.key)).isEqualTo("AAPL");
            assertThat(new String(record.value)).isEqualTo("{not json");
        });
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(latestPrices.readKeyValuesToList())
                .extracting(latest -> latest.key, latest -> latest.value.price())
                .containsExactly(tuple("AAPL", new BigDecimal("118.69")));
        assertThat(latestPrices.isEmpty()).isTrue();
        assertThat(dailyBars.readKeyValuesToList()).extracting(bar -> bar.key).containsExactly("AAPL|2020-11-06");
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    private void pipe(PriceTick tick) {
        ticks.pipeInput(tick.symbol(), tick, tick.observedAt());
    }

    private static PriceTick withKind(PriceTick tick, InstrumentKind kind) {
        return new PriceTick(
                tick.symbol(),
                tick.tradingDate(),
                tick.exchangeTimeZone(),
                tick.currency(),
                tick.open(),
                tick.high(),
                tick.low(),
                tick.close(),
                tick.adjClose(),
                tick.volume(),
                tick.source(),
                tick.observedAt(),
                kind);
    }

    private static PriceTick tick(String symbol, String date, String close, Instant observedAt) {
        BigDecimal price = new BigDecimal(close);
        String zone = symbol.equals("005930") ? "Asia/Seoul" : "America/New_York";
        String currency = symbol.equals("005930") ? "KRW" : "USD";
        return new PriceTick(
                symbol,
                LocalDate.parse(date),
                zone,
                currency,
                price,
                price,
                price,
                price,
                price,
                1000L,
                "test",
                observedAt,
                InstrumentKind.STOCK);
    }
}
