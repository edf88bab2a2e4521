package dev.ollass.projector.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.market.SuspectReason;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.bar.rules.MoveBounds;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
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
    private TestInputTopic<String, CorporateAction> actions;
    private TestOutputTopic<String, DailyBar> dailyBars;
    private TestOutputTopic<String, LatestPrice> latestPrices;

    @TempDir
    static Path stateDir;

    @TempDir
    static Path otherStateDir;

    private static Properties streamsConfig;
    private static MoveBounds bounds;

    @BeforeAll
    static void loadTheApplicationsStreamsConfig() {
        streamsConfig = ApplicationStreamsConfig.load(stateDir);
        bounds = ApplicationStreamsConfig.settings().sanity().moveBounds();
    }

    @BeforeEach
    void startTopology() {
        startTopology(streamsConfig);
    }

    private void startTopology(Properties config) {
        StreamsBuilder builder = new StreamsBuilder();
        MarketTopology.define(builder, bounds);
        driver = new TopologyTestDriver(builder.build(config), config);
        ticks = driver.createInputTopic(
                Topics.PRICE_TICKS.name(),
                Topics.PRICE_TICKS.keySerde().serializer(),
                Topics.PRICE_TICKS.valueSerde().serializer());
        actions = driver.createInputTopic(
                Topics.CORPORATE_ACTIONS.name(),
                Topics.CORPORATE_ACTIONS.keySerde().serializer(),
                Topics.CORPORATE_ACTIONS.valueSerde().serializer());
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
    void foldsTicksIntoOneBarPerSeriesAndTradingDate() {
        pipe(tick("AAPL", "2020-11-05", "114.95", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-06", "118.69", FIRST_LOOK));
        pipe(tick("005930", "2020-11-06", "58500", FIRST_LOOK));

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close(), bar -> bar.value.suspect())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-11-05", new BigDecimal("114.95"), false),
                        tuple("AAPL|STOCK|2020-11-06", new BigDecimal("118.69"), false),
                        tuple("005930|STOCK|2020-11-06", new BigDecimal("58500"), false));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void letsTheNewestObservationOfADayWinWhateverOrderItArrivesIn() {
        pipe(tick("AAPL", "2020-11-06", "118.50", SECOND_LOOK));
        pipe(tick("AAPL", "2020-11-06", "118.00", FIRST_LOOK)); // an older look, replayed late

        // The late, older look changes nothing, so nothing is emitted for it.
        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close(), bar -> bar.value.observedAt())
                .containsExactly(tuple("AAPL|STOCK|2020-11-06", new BigDecimal("118.50"), SECOND_LOOK));
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
                // The backfill does not move the latest price, so it emits nothing.
                .containsExactly(
                        tuple("AAPL|STOCK", new BigDecimal("118.69"), LocalDate.of(2020, 11, 6), "America/New_York"));
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void foldsIndicesAndExchangeRatesLikeStocksKeepingTheirKind() {
        pipe(withKind(tick("KS11", "2021-04-16", "3198.6201171875", FIRST_LOOK), InstrumentKind.INDEX));
        pipe(withKind(tick("USDKRW", "2021-04-16", "1116.9200439453125", FIRST_LOOK), InstrumentKind.FX));

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.kind(), bar -> bar.value.close())
                .containsExactly(
                        tuple("KS11|INDEX|2021-04-16", InstrumentKind.INDEX, new BigDecimal("3198.6201171875")),
                        tuple("USDKRW|FX|2021-04-16", InstrumentKind.FX, new BigDecimal("1116.9200439453125")));
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.readKeyValuesToList())
                .extracting(latest -> latest.key, latest -> latest.value.kind())
                .containsExactly(tuple("KS11|INDEX", InstrumentKind.INDEX), tuple("USDKRW|FX", InstrumentKind.FX));
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
                .containsExactly(tuple("AAPL|STOCK", new BigDecimal("118.69")));
        assertThat(latestPrices.isEmpty()).isTrue();
        assertThat(dailyBars.readKeyValuesToList()).extracting(bar -> bar.key).containsExactly("AAPL|STOCK|2020-11-06");
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void flagsABarWhoseCloseIsOutsideItsRangeAndKeepsItsPrices() {
        // KRW=X.csv: 2004-12-28,1030.099976,1043.5,1028.900024,1043.699951: closed above its high.
        pipe(bar("USDKRW", InstrumentKind.FX, "2004-12-28", "1030.099976", "1043.5", "1028.900024", "1043.699951"));

        assertThat(dailyBars.readValuesToList()).singleElement().satisfies(bar -> {
            assertThat(bar.suspectReasons()).containsExactly(SuspectReason.CLOSE_OUTSIDE_RANGE);
            assertThat(bar.high().toPlainString()).isEqualTo("1043.5");
            assertThat(bar.close().toPlainString()).isEqualTo("1043.699951");
        });
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void flagsASpikeAgainstThePreviousTradingDayAndTheFallBack() {
        pipe(tick("AAPL", "2020-11-04", "100", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-05", "150", FIRST_LOOK)); // +50%
        pipe(tick("AAPL", "2020-11-06", "102", FIRST_LOOK)); // -32%
        pipe(tick("AAPL", "2020-11-09", "104", FIRST_LOOK)); // over a weekend: against Friday

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.suspectReasons())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-11-04", List.of()),
                        tuple("AAPL|STOCK|2020-11-05", List.of(SuspectReason.LARGE_MOVE)),
                        tuple("AAPL|STOCK|2020-11-06", List.of(SuspectReason.LARGE_MOVE)),
                        tuple("AAPL|STOCK|2020-11-09", List.of()));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void doesNotFlagTheSameMoveAcrossAFourForOneSplit() {
        actions.pipeInput("AAPL", split("AAPL", "2020-08-31", 4, 1), FIRST_LOOK);
        pipe(tick("AAPL", "2020-08-28", "499.23", FIRST_LOOK));
        pipe(tick("AAPL", "2020-08-31", "129.04", FIRST_LOOK));
        pipe(tick("AAPL", "2020-09-01", "134.18", FIRST_LOOK));

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.suspect())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-08-28", false),
                        tuple("AAPL|STOCK|2020-08-31", false),
                        tuple("AAPL|STOCK|2020-09-01", false));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void reflagsTheBarOfTheExDateWhenTheSplitArrivesAfterTheBars() {
        pipe(tick("AAPL", "2020-08-28", "499.23", FIRST_LOOK));
        pipe(tick("AAPL", "2020-08-31", "129.04", FIRST_LOOK));
        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.suspectReasons())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-08-28", List.of()),
                        tuple("AAPL|STOCK|2020-08-31", List.of(SuspectReason.LARGE_MOVE)));

        actions.pipeInput("AAPL", split("AAPL", "2020-08-31", 4, 1), SECOND_LOOK);
        actions.pipeInput("AAPL", split("AAPL", "2020-08-31", 4, 1), SECOND_LOOK); // replayed: no change

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.suspectReasons(), bar -> bar.value.close())
                .containsExactly(tuple("AAPL|STOCK|2020-08-31", List.of(), new BigDecimal("129.04")));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void ignoresADividendAndASplitOfAnotherStock() {
        pipe(tick("AAPL", "2020-08-28", "499.23", FIRST_LOOK));
        pipe(tick("AAPL", "2020-08-31", "129.04", FIRST_LOOK));
        dailyBars.readKeyValuesToList();

        actions.pipeInput("TSLA", split("TSLA", "2020-08-31", 4, 1), SECOND_LOOK);
        actions.pipeInput("AAPL", dividend("AAPL", "2020-08-31"), SECOND_LOOK);

        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void reflagsTheNextDayWhenALatePreviousDayArrives() {
        pipe(tick("AAPL", "2020-11-04", "100", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-06", "150", FIRST_LOOK)); // +50% over the missing Thursday
        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.suspectReasons())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-11-04", List.of()),
                        tuple("AAPL|STOCK|2020-11-06", List.of(SuspectReason.LARGE_MOVE)));

        pipe(tick("AAPL", "2020-11-05", "140", SECOND_LOOK)); // the backfill: +40%, then +7%

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.suspectReasons())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-11-05", List.of(SuspectReason.LARGE_MOVE)),
                        tuple("AAPL|STOCK|2020-11-06", List.of()));
        assertThat(dailyBars.isEmpty()).isTrue();
    }

    @Test
    void keepsAStockAndAnIndexWithTheSameCodeApart() {
        pipe(tick("DJI", "2021-04-15", "10.00", FIRST_LOOK));
        pipe(withKind(tick("DJI", "2021-04-15", "34035.99", FIRST_LOOK), InstrumentKind.INDEX));
        pipe(tick("DJI", "2021-04-16", "10.20", FIRST_LOOK));
        pipe(withKind(tick("DJI", "2021-04-16", "34200.67", FIRST_LOOK), InstrumentKind.INDEX));

        // Each day is flagged against its own series' previous day, not the other's.
        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close(), bar -> bar.value.suspect())
                .containsExactly(
                        tuple("DJI|STOCK|2021-04-15", new BigDecimal("10.00"), false),
                        tuple("DJI|INDEX|2021-04-15", new BigDecimal("34035.99"), false),
                        tuple("DJI|STOCK|2021-04-16", new BigDecimal("10.20"), false),
                        tuple("DJI|INDEX|2021-04-16", new BigDecimal("34200.67"), false));
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.readKeyValuesToList())
                .extracting(latest -> latest.key, latest -> latest.value.price())
                .containsExactly(
                        tuple("DJI|STOCK", new BigDecimal("10.00")),
                        tuple("DJI|INDEX", new BigDecimal("34035.99")),
                        tuple("DJI|STOCK", new BigDecimal("10.20")),
                        tuple("DJI|INDEX", new BigDecimal("34200.67")));
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void emitsNothingNewForAReplayAndTheSameBarsFromAnEmptyStateInAnyOrder() {
        List<PriceTick> history = List.of(
                tick("AAPL", "2020-08-27", "500.04", FIRST_LOOK),
                tick("AAPL", "2020-08-28", "499.23", FIRST_LOOK),
                tick("AAPL", "2020-08-31", "129.04", FIRST_LOOK),
                tick("AAPL", "2020-09-01", "200.00", FIRST_LOOK), // a spike
                tick("AAPL", "2020-09-01", "134.18", SECOND_LOOK), // corrected
                bar("USDKRW", InstrumentKind.FX, "2004-12-28", "1030.099976", "1043.5", "1028.900024", "1043.699951"));
        CorporateAction split = split("AAPL", "2020-08-31", 4, 1);
        history.forEach(this::pipe);
        actions.pipeInput("AAPL", split, SECOND_LOOK);
        Map<String, DailyBar> projected = lastPerKey(dailyBars.readKeyValuesToList());
        assertThat(projected.get("AAPL|STOCK|2020-09-01").close()).isEqualByComparingTo("134.18");
        assertThat(projected.values())
                .filteredOn(DailyBar::suspect)
                .extracting(DailyBar::key)
                .containsExactly("USDKRW|FX|2004-12-28");
        latestPrices.readKeyValuesToList();

        // The same records again: nothing changed, so nothing is emitted.
        history.forEach(this::pipe);
        actions.pipeInput("AAPL", split, SECOND_LOOK);
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.isEmpty()).isTrue();

        // From an empty state, the split first and the ticks newest first: the same bars in the end.
        driver.close();
        startTopology(ApplicationStreamsConfig.load(otherStateDir));
        actions.pipeInput("AAPL", split, SECOND_LOOK);
        history.reversed().forEach(this::pipe);
        assertThat(lastPerKey(dailyBars.readKeyValuesToList())).isEqualTo(projected);
    }

    @Test
    void putsTicksReadAtTheSameInstantOnEachExchangesOwnTradingDayAndKeepsTheirIngestTime() {
        // 00:30 UTC on the 16th: 09:30 on the 16th in Seoul (in session), 20:30 on the 15th in New York.
        Instant pastMidnightUtc = Instant.parse("2021-04-16T00:30:00Z");
        pipe(tick("005930", "2021-04-16", "84000", pastMidnightUtc));
        pipe(tick("AAPL", "2021-04-15", "134.50", pastMidnightUtc));

        assertThat(dailyBars.readRecordsToList())
                .extracting(bar -> bar.key(), bar -> bar.value().tradingDate(), bar -> bar.getRecordTime())
                .containsExactly(
                        tuple("005930|STOCK|2021-04-16", LocalDate.of(2021, 4, 16), pastMidnightUtc),
                        tuple("AAPL|STOCK|2021-04-15", LocalDate.of(2021, 4, 15), pastMidnightUtc));
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.readRecordsToList())
                .extracting(
                        latest -> latest.key(),
                        latest -> latest.value().tradingDate(),
                        latest -> latest.value().exchangeTimeZone(),
                        latest -> latest.getRecordTime())
                .containsExactly(
                        tuple("005930|STOCK", LocalDate.of(2021, 4, 16), "Asia/Seoul", pastMidnightUtc),
                        tuple("AAPL|STOCK", LocalDate.of(2021, 4, 15), "America/New_York", pastMidnightUtc));
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void comparesTheFirstDayAfterNewYorksClockChangeWithTheFridayBefore() {
        // New York moved to daylight time on Sunday 2021-03-14: Friday's close was 21:00 UTC, Monday's 20:00 UTC.
        pipe(tick("AAPL", "2021-03-12", "121.03", Instant.parse("2021-03-12T21:05:00Z")));
        pipe(tick("AAPL", "2021-03-15", "160.00", Instant.parse("2021-03-15T20:05:00Z"))); // +32%: flagged
        pipe(tick("AAPL", "2021-03-15", "123.99", Instant.parse("2021-03-15T23:30:00Z"))); // corrected

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close(), bar -> bar.value.suspectReasons())
                .containsExactly(
                        tuple("AAPL|STOCK|2021-03-12", new BigDecimal("121.03"), List.of()),
                        tuple("AAPL|STOCK|2021-03-15", new BigDecimal("160.00"), List.of(SuspectReason.LARGE_MOVE)),
                        tuple("AAPL|STOCK|2021-03-15", new BigDecimal("123.99"), List.of()));
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.readKeyValuesToList())
                .extracting(latest -> latest.value.tradingDate(), latest -> latest.value.price())
                .containsExactly(
                        tuple(LocalDate.of(2021, 3, 12), new BigDecimal("121.03")),
                        tuple(LocalDate.of(2021, 3, 15), new BigDecimal("160.00")),
                        tuple(LocalDate.of(2021, 3, 15), new BigDecimal("123.99")));
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void emitsNothingForADuplicateTick() {
        PriceTick tick = tick("AAPL", "2021-04-15", "134.50", FIRST_LOOK);
        pipe(tick);
        pipe(tick);

        assertThat(dailyBars.readKeyValuesToList()).extracting(bar -> bar.key).containsExactly("AAPL|STOCK|2021-04-15");
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.readKeyValuesToList())
                .extracting(latest -> latest.key)
                .containsExactly("AAPL|STOCK");
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    @Test
    void appliesALateCorrectionOfAnOlderDayAndReflagsTheDayAfterWithoutMovingTheLatestPrice() {
        pipe(tick("AAPL", "2020-11-05", "100", FIRST_LOOK));
        pipe(tick("AAPL", "2020-11-06", "105", FIRST_LOOK));
        dailyBars.readKeyValuesToList();
        latestPrices.readKeyValuesToList();

        // Thursday's close corrected a day later: Friday is now a 50% move.
        pipe(tick("AAPL", "2020-11-05", "70", SECOND_LOOK));

        assertThat(dailyBars.readKeyValuesToList())
                .extracting(bar -> bar.key, bar -> bar.value.close(), bar -> bar.value.suspectReasons())
                .containsExactly(
                        tuple("AAPL|STOCK|2020-11-05", new BigDecimal("70"), List.of()),
                        tuple("AAPL|STOCK|2020-11-06", new BigDecimal("105"), List.of(SuspectReason.LARGE_MOVE)));
        assertThat(dailyBars.isEmpty()).isTrue();
        assertThat(latestPrices.isEmpty()).isTrue();
    }

    private static Map<String, DailyBar> lastPerKey(List<KeyValue<String, DailyBar>> records) {
        Map<String, DailyBar> last = new TreeMap<>();
        records.forEach(record -> last.put(record.key, record.value));
        return last;
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

    private static PriceTick bar(
            String symbol, InstrumentKind kind, String date, String open, String high, String low, String close) {
        return new PriceTick(
                symbol,
                LocalDate.parse(date),
                "Europe/London",
                "KRW",
                new BigDecimal(open),
                new BigDecimal(high),
                new BigDecimal(low),
                new BigDecimal(close),
                new BigDecimal(close),
                0L,
                "test",
                FIRST_LOOK,
                kind);
    }

    private static CorporateAction split(String symbol, String exDate, int numerator, int denominator) {
        return new CorporateAction(
                symbol,
                CorporateAction.Type.SPLIT,
                LocalDate.parse(exDate),
                null,
                null,
                numerator,
                denominator,
                "test",
                FIRST_LOOK);
    }

    private static CorporateAction dividend(String symbol, String exDate) {
        return new CorporateAction(
                symbol,
                CorporateAction.Type.DIVIDEND,
                LocalDate.parse(exDate),
                new BigDecimal("0.205"),
                "USD",
                null,
                null,
                "test",
                FIRST_LOOK);
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
