package dev.ollass.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What the topics' JSON reads: the same instants and dates as Jackson's own java.time support. */
class JsonSerdeTest {

    private static final String TOPIC = "market.price-ticks.v1";
    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static final PriceTick TICK = new PriceTick(
            "005930",
            LocalDate.of(2021, 4, 16),
            "Asia/Seoul",
            "KRW",
            new BigDecimal("84000"),
            new BigDecimal("84500.00"),
            new BigDecimal("83300"),
            new BigDecimal("84100"),
            new BigDecimal("83671.24718"),
            15_178_123,
            "naver",
            Instant.parse("2021-04-16T08:30:12.120Z"),
            InstrumentKind.STOCK);

    @Test
    void readsBackWhatItWritesDigitForDigit() {
        JsonSerde<PriceTick> serde = JsonSerde.of(PriceTick.class);

        PriceTick read = serde.deserialize(TOPIC, serde.serialize(TOPIC, TICK));

        assertThat(read).isEqualTo(TICK);
        assertThat(new String(serde.serialize(TOPIC, TICK), StandardCharsets.UTF_8))
                .contains("\"observedAt\":\"2021-04-16T08:30:12.120Z\"", "\"tradingDate\":\"2021-04-16\"");
    }

    @Test
    void readsEveryFormOfAnInstantAsJacksonsOwnReaderDoes() {
        for (String text : List.of(
                "\"2021-04-16T21:00:00Z\"",
                "\"2021-04-16T21:00:00.1Z\"",
                "\"2021-04-16T21:00:00.123456789Z\"",
                "\"1969-12-31T23:59:59.999Z\"",
                "\"0000-01-01T00:00:00Z\"",
                "\"9999-12-31T23:59:59Z\"",
                "\"2020-02-29T12:00:00Z\"",
                "\"2021-04-16T21:00:00+09:00\"",
                "\"2021-04-16T21:00:00.000000000Z\"",
                "\"2016-12-31T23:59:60Z\"",
                "\"+12021-04-16T21:00:00Z\"",
                "1618606800",
                "1618606800.5",
                "\"1618606800\"")) {
            assertThat(instant(text)).as(text).isEqualTo(JACKSON.readValue(text, Instant.class));
        }
        assertThat(instant("\"2021-04-16T21:00:00.5Z\"")).isEqualTo(Instant.parse("2021-04-16T21:00:00.500Z"));
    }

    @Test
    void acceptsAndRefusesNearMissesOfTheCanonicalFormAsJacksonsOwnReaderDoes() {
        for (String text : List.of(
                "\"2021-02-29T21:00:00Z\"",
                "\"2021-04-31T21:00:00Z\"",
                "\"2021-04-16T24:00:00Z\"",
                "\"2021-04-16T21:60:00Z\"",
                "\"2021-13-16T21:00:00Z\"",
                "\"2021-00-16T21:00:00Z\"",
                "\"2021-04-16T21:00:00.Z\"",
                "\"2021-04-16T21:00:00.1234567890Z\"",
                "\"2021-04-16 21:00:00Z\"",
                "\"2021-04-16t21:00:00z\"",
                "\"2021-04-16T21:00:0xZ\"",
                "\" 2021-04-16T21:00:00Z \"",
                "\"\"")) {
            assertSameOutcome(text, () -> JACKSON.readValue(text, Instant.class), () -> instant(text));
        }
        for (String text : List.of(
                "\"2021-02-29\"", "\"2021-04-31\"", "\"2021-04-32\"", "\"2021-4-16\"", "\"2021/04/16\"", "\"\"")) {
            assertSameOutcome(text, () -> JACKSON.readValue(text, LocalDate.class), () -> date(text));
        }
    }

    /** Both read the same value, or both refuse: Jackson with its exception, the serde with Kafka's. */
    private static void assertSameOutcome(String text, Supplier<Object> jacksons, Supplier<Object> serdes) {
        Object expected;
        try {
            expected = jacksons.get();
        } catch (JacksonException refused) {
            assertThatThrownBy(serdes::get).as(text).isInstanceOf(SerializationException.class);
            return;
        }
        assertThat(serdes.get()).as(text).isEqualTo(expected);
    }

    @Test
    void readsDatesAsJacksonsOwnReaderDoes() {
        for (String text : List.of("\"2021-04-16\"", "\"0001-01-01\"", "\"2020-02-29\"", "\"2021-04-16T21:00:00\"")) {
            assertThat(date(text)).as(text).isEqualTo(JACKSON.readValue(text, LocalDate.class));
        }
    }

    @Test
    void parsesEveryFractionLengthLikeTheIsoFormatter() {
        String base = "2021-04-16T21:00:07.";
        String digits = "987654321";
        for (int length = 1; length <= 9; length++) {
            String text = base + digits.substring(0, length) + "Z";
            char[] chars = ("x" + text + "x").toCharArray();

            assertThat(CanonicalTimes.instant(chars, 1, text.length()))
                    .as(text)
                    .isEqualTo(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
        }
    }

    private static Instant instant(String json) {
        return JsonSerde.of(Holder.class)
                .deserialize(TOPIC, ("{\"at\":" + json + "}").getBytes(StandardCharsets.UTF_8))
                .at();
    }

    private static LocalDate date(String json) {
        return JsonSerde.of(Holder.class)
                .deserialize(TOPIC, ("{\"day\":" + json + "}").getBytes(StandardCharsets.UTF_8))
                .day();
    }

    record Holder(Instant at, LocalDate day) {}
}
