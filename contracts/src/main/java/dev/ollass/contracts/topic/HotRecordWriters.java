package dev.ollass.contracts.topic;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes the two records the projector's topology emits for every tick, {@link DailyBar} and {@link LatestPrice},
 * token by token, exactly as the mapper's record serializer writes them ({@code HotRecordWritersTest} holds the
 * bytes equal): the record serializer's per-property lookups and accessor calls were an eighth of the topology's
 * thread, the one thread every tick goes through.
 */
final class HotRecordWriters {

    private static final SerializableString SYMBOL = new SerializedString("symbol");
    private static final SerializableString TRADING_DATE = new SerializedString("tradingDate");
    private static final SerializableString CURRENCY = new SerializedString("currency");
    private static final SerializableString OPEN = new SerializedString("open");
    private static final SerializableString HIGH = new SerializedString("high");
    private static final SerializableString LOW = new SerializedString("low");
    private static final SerializableString CLOSE = new SerializedString("close");
    private static final SerializableString ADJ_CLOSE = new SerializedString("adjClose");
    private static final SerializableString VOLUME = new SerializedString("volume");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString OBSERVED_AT = new SerializedString("observedAt");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString SUSPECT_REASONS = new SerializedString("suspectReasons");
    private static final SerializableString PRICE = new SerializedString("price");
    private static final SerializableString EXCHANGE_TIME_ZONE = new SerializedString("exchangeTimeZone");

    private HotRecordWriters() {}

    static SimpleModule module() {
        return new SimpleModule("ollass-hot-record-writers")
                .addSerializer(DailyBar.class, new DailyBars())
                .addSerializer(LatestPrice.class, new LatestPrices());
    }

    private static final class DailyBars extends StdSerializer<DailyBar> {

        DailyBars() {
            super(DailyBar.class);
        }

        @Override
        public void serialize(DailyBar bar, JsonGenerator g, SerializationContext context) {
            g.writeStartObject(bar);
            string(g, SYMBOL, bar.symbol());
            date(g, TRADING_DATE, bar.tradingDate());
            string(g, CURRENCY, bar.currency());
            number(g, OPEN, bar.open());
            number(g, HIGH, bar.high());
            number(g, LOW, bar.low());
            number(g, CLOSE, bar.close());
            number(g, ADJ_CLOSE, bar.adjClose());
            g.writeName(VOLUME);
            g.writeNumber(bar.volume());
            string(g, SOURCE, bar.source());
            instant(g, OBSERVED_AT, bar.observedAt());
            string(g, KIND, bar.kind().name());
            g.writeName(SUSPECT_REASONS);
            g.writeStartArray();
            for (SuspectReason reason : bar.suspectReasons()) {
                g.writeString(reason.name());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class LatestPrices extends StdSerializer<LatestPrice> {

        LatestPrices() {
            super(LatestPrice.class);
        }

        @Override
        public void serialize(LatestPrice price, JsonGenerator g, SerializationContext context) {
            g.writeStartObject(price);
            string(g, SYMBOL, price.symbol());
            number(g, PRICE, price.price());
            string(g, CURRENCY, price.currency());
            date(g, TRADING_DATE, price.tradingDate());
            string(g, EXCHANGE_TIME_ZONE, price.exchangeTimeZone());
            string(g, SOURCE, price.source());
            instant(g, OBSERVED_AT, price.observedAt());
            string(g, KIND, price.kind().name());
            g.writeEndObject();
        }
    }

    private static void string(JsonGenerator g, SerializableString name, @Nullable String value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void number(JsonGenerator g, SerializableString name, @Nullable BigDecimal value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    /** As Jackson's {@code LocalDateSerializer} writes a date: ISO-8601, which is {@link LocalDate#toString()}. */
    private static void date(JsonGenerator g, SerializableString name, @Nullable LocalDate value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    /** As Jackson's {@code InstantSerializer} writes an instant: ISO-8601 in UTC, which is {@link Instant#toString()}. */
    private static void instant(JsonGenerator g, SerializableString name, @Nullable Instant value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }
}
