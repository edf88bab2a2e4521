package dev.ollass.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written tick reader reads the ingestor's form as Jackson's record deserializer does, and gives every
 * other form back to it: the serde's answer (a tick, or the refusal) is Jackson's in both cases.
 */
class HotRecordReadersTest {

    private static final JsonMapper RECORDS = JsonSerde.recordMapper().build();
    private static final JsonSerde<PriceTick> SERDE = JsonSerde.of(PriceTick.class);

    private static final String CANONICAL = """
            {"symbol":"AAPL","tradingDate":"2021-04-16","exchangeTimeZone":"America/New_York","currency":"USD",\
            "open":"O","high":134.67,"low":133.28,"close":134.16,"adjClose":133.9,"volume":84922400,\
            "source":"yahoo-chart-v8","observedAt":"2021-04-16T21:00:00.123Z","kind":"STOCK"}""";

    @Test
    void readsTheIngestorsFormAsJacksonDoes() {
        Random random = new Random(9);
        for (int i = 0; i < 5_000; i++) {
            PriceTick tick = new PriceTick(
                    List.of("AAPL", "005930", "BRK.B", "KS11", "USDKRW", "삼성 \"우\"")
                            .get(random.nextInt(6)),
                    LocalDate.ofEpochDay(random.nextInt(40_000)),
                    random.nextBoolean() ? "Asia/Seoul" : "America/New_York",
                    random.nextBoolean() ? "KRW" : "USD",
                    decimal(random),
                    decimal(random),
                    decimal(random),
                    decimal(random),
                    decimal(random),
                    random.nextLong() >> random.nextInt(64),
                    "yahoo-chart-v8",
                    Instant.ofEpochSecond(random.nextLong(4_000_000_000L), random.nextInt(1_000_000_000)),
                    InstrumentKind.values()[random.nextInt(3)]);
            byte[] written = SERDE.serialize("t", tick);

            PriceTick read = HotRecordReaders.priceTick(RECORDS, written);

            assertThat(read).isNotNull().isEqualTo(RECORDS.readValue(written, PriceTick.class));
            assertThat(SERDE.deserialize("t", written)).isEqualTo(read);
        }
    }

    @Test
    void readsItsPropertiesInAnyOrderAndNumbersWithoutAFraction() {
        String reordered = """
                {"kind":"INDEX","volume":0,"observedAt":"2021-04-16T06:30:00Z","source":"naver","adjClose":3198,\
                "close":3198,"low":3170.5,"high":3200,"open":3180,"currency":"KRW","exchangeTimeZone":"Asia/Seoul",\
                "tradingDate":"2021-04-16","symbol":"KS11"}""";

        PriceTick read = HotRecordReaders.priceTick(RECORDS, bytes(reordered));

        assertThat(read).isNotNull().isEqualTo(RECORDS.readValue(reordered, PriceTick.class));
        assertThat(read.close()).isEqualTo(new BigDecimal("3198"));
    }

    @Test
    void leavesEveryOtherFormToJacksonWithJacksonsAnswer() {
        List<String> others = List.of(
                CANONICAL.replace("\"kind\":\"STOCK\"", "\"kind\":null"),
                CANONICAL.replace(",\"kind\":\"STOCK\"", ""),
                CANONICAL.replace("\"kind\":\"STOCK\"", "\"kind\":\"stock\""),
                CANONICAL.replace("\"kind\":\"STOCK\"", "\"kind\":1"),
                CANONICAL.replace("\"symbol\":\"AAPL\"", "\"symbol\":null"),
                CANONICAL.replace("\"symbol\":\"AAPL\"", "\"symbol\":\"AAPL\",\"symbol\":\"MSFT\""),
                CANONICAL.replace("\"symbol\":\"AAPL\"", "\"symbol\":\"AAPL\",\"note\":{\"a\":[1,2]}"),
                CANONICAL.replace("\"symbol\":\"AAPL\"", "\"symbol\":[\"AAPL\"]"),
                CANONICAL.replace("\"high\":134.67", "\"high\":\"134.67\""),
                CANONICAL.replace("\"volume\":84922400", "\"volume\":84922400.0"),
                CANONICAL.replace("\"volume\":84922400", "\"volume\":99999999999999999999"),
                CANONICAL.replace("\"volume\":84922400", "\"volume\":null"),
                CANONICAL.replace("\"tradingDate\":\"2021-04-16\"", "\"tradingDate\":\"2021-02-30\""),
                CANONICAL.replace("\"tradingDate\":\"2021-04-16\"", "\"tradingDate\":[2021,4,16]"),
                CANONICAL.replace("2021-04-16T21:00:00.123Z", "2021-04-17T06:00:00+09:00"),
                CANONICAL.replace("2021-04-16T21:00:00.123Z", "yesterday"),
                CANONICAL + " {}",
                CANONICAL.substring(0, CANONICAL.length() - 1),
                "[]",
                "null",
                "");
        for (String other : others) {
            String json = other.replace("\"O\"", "133.51");
            assertThat(HotRecordReaders.priceTick(RECORDS, bytes(json)))
                    .as(json)
                    .isNull();
            assertThat(outcome(() -> SERDE.deserialize("t", bytes(json))))
                    .as(json)
                    .isEqualTo(outcome(() -> RECORDS.readValue(json, PriceTick.class)));
        }
    }

    /** A value's {@code toString}, or the kind of failure (the serde wraps Jackson's in its own exception). */
    private static String outcome(java.util.function.Supplier<Object> read) {
        try {
            return String.valueOf(read.get());
        } catch (RuntimeException e) {
            Throwable jacksons = e instanceof org.apache.kafka.common.errors.SerializationException ? e.getCause() : e;
            return "refused: " + (jacksons == null ? e.getClass() : jacksons.getClass());
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(24) - 4);
    }
}
