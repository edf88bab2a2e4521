package dev.ollass.projector.bar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketTopologyTest {

    private static final Instant FIRST_LOOK = Instant.parse("2020-11-06T21:05:00Z");
    private static final Instant SECOND_LOOK = Instant.parse("2020-11-07T02:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, PriceTick> ticks;
    private TestOutputTopic<String, DailyBar> dailyBars;
    private TestOutputTopic<String, LatestPrice> latestPrices;

    @BeforeEach
    void startTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        MarketTopology.define(builder);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "market-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.PRICE_TICK_DEAD_LETTERS.name());
        driver = new TopologyTestDriver(builder.build(), props);
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

        Map<String, DailyBar> bars = dailyBars.readKeyValuesToMap();
        assertThat(bars).containsOnlyKeys("AAPL|2020-11-05", "AAPL|2020-11-06", "005930|2020-11-06");
        assertThat(bars.get("AAPL|2020-11-06").close()).isEqualByComparingTo("118.69");
    }

    @Test
    void letsTheNewestObservationOfADayWinWhateverOrderItArrivesIn() {
        pipe(tick("AAPL", "2020-11-06", "118.50", SECOND_LOOK));
        pipe(tick("AAPL", "2020-11-06", "118.00", FIRST_LOOK)); // an older look, replayed late

        Map<String, DailyBar> bars = dailyBars.readKeyValuesToMap();
        assertThat(bars.get("AAPL|2020-11-06").close()).isEqualByComparingTo("118.50");
        assertThat(bars.get("AAPL|2020-11-06").observedAt()).isEqualTo(SECOND_LOOK);
    }

    @Test
    void keepsTheLatestPriceOnTheLatestTradingDateWhenALateTickForAnOlderDayArrives() {
        pipe(tick("AAPL", "2020-11-06", "118.69", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-05", "114.95", SECOND_LOOK)); // backfill of an older day

        Map<String, LatestPrice> latest = latestPrices.readKeyValuesToMap();
        assertThat(latest.get("AAPL").price()).isEqualByComparingTo("118.69");
        assertThat(latest.get("AAPL").tradingDate()).isEqualTo(LocalDate.of(2020, 11, 6));
        assertThat(latest.get("AAPL").exchangeTimeZone()).isEqualTo("America/New_York");
    }

    @Test
    void sendsATickItCannotReadToTheDeadLetterTopicAndGoesOn() {
        var raw = driver.createInputTopic(Topics.PRICE_TICKS.name(), new StringSerializer(), new ByteArraySerializer());
        raw.pipeInput("AAPL", "{not json".getBytes(), FIRST_LOOK);
        pipe(tick("AAPL", "2020-11-06", "118.69", FIRST_LOOK));

        var deadLetters = driver.createOutputTopic(
                Topics.PRICE_TICK_DEAD_LETTERS.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        assertThat(deadLetters.readValuesToList())
                .singleElement()
                .satisfies(value -> assertThat(new String(value)).isEqualTo("{not json"));
        assertThat(latestPrices.readKeyValuesToMap()).containsKey("AAPL");
    }

    private void pipe(PriceTick tick) {
        ticks.pipeInput(tick.symbol(), tick, tick.observedAt());
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
                observedAt);
    }
}
