package dev.ollass.projector.bar;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.market.SuspectReason;
import dev.ollass.contracts.topic.JsonSerde;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * The values of the topology's own state stores, and so of their changelog topics, in a compact binary
 * form: the topology reads a stored bar or tick several times per tick and writes it once, and JSON was
 * the most of what a tick cost. Nothing but this topology reads these stores and changelogs; the public
 * topics keep their JSON ({@link JsonSerde}).
 *
 * <p>A value starts with a format byte ({@value #FORMAT}); a value that starts with {@code '{'} is one
 * written as JSON before this format existed, and is read as JSON, so state kept by an older projector
 * (in RocksDB or its changelog) stays readable. Enums are written by name, so reordering one breaks
 * nothing; every reference may be null, as a JSON value's could be.
 */
final class StoreSerde<T> implements Serde<T> {

    static final byte FORMAT = 1;
    private static final byte JSON_OBJECT = '{';

    private final Class<T> type;
    private final Codec<T> codec;
    private final JsonSerde<T> json;

    private StoreSerde(Class<T> type, Codec<T> codec) {
        this.type = type;
        this.codec = codec;
        this.json = JsonSerde.of(type);
    }

    static StoreSerde<DailyBar> dailyBars() {
        return new StoreSerde<>(DailyBar.class, new Codec<>() {
            @Override
            public void write(DailyBar bar, Out out) {
                out.string(bar.symbol());
                out.date(bar.tradingDate());
                out.string(bar.currency());
                out.decimal(bar.open());
                out.decimal(bar.high());
                out.decimal(bar.low());
                out.decimal(bar.close());
                out.decimal(bar.adjClose());
                out.varLong(bar.volume());
                out.string(bar.source());
                out.instant(bar.observedAt());
                out.enumName(bar.kind());
                out.varLong(bar.suspectReasons().size());
                for (SuspectReason reason : bar.suspectReasons()) {
                    out.enumName(reason);
                }
            }

            @Override
            public DailyBar read(In in) {
                String symbol = in.string();
                LocalDate tradingDate = in.date();
                String currency = in.string();
                BigDecimal open = in.decimal();
                BigDecimal high = in.decimal();
                BigDecimal low = in.decimal();
                BigDecimal close = in.decimal();
                BigDecimal adjClose = in.decimal();
                long volume = in.varLong();
                String source = in.string();
                Instant observedAt = in.instant();
                InstrumentKind kind = in.enumValue(InstrumentKind.class);
                int reasonCount = Math.toIntExact(in.varLong());
                List<SuspectReason> reasons = new ArrayList<>(reasonCount);
                for (int i = 0; i < reasonCount; i++) {
                    reasons.add(in.enumValue(SuspectReason.class));
                }
                return new DailyBar(
                        symbol,
                        tradingDate,
                        currency,
                        open,
                        high,
                        low,
                        close,
                        adjClose,
                        volume,
                        source,
                        observedAt,
                        kind,
                        reasons);
            }
        });
    }

    static StoreSerde<PriceTick> priceTicks() {
        return new StoreSerde<>(PriceTick.class, new Codec<>() {
            @Override
            public void write(PriceTick tick, Out out) {
                out.string(tick.symbol());
                out.date(tick.tradingDate());
                out.string(tick.exchangeTimeZone());
                out.string(tick.currency());
                out.decimal(tick.open());
                out.decimal(tick.high());
                out.decimal(tick.low());
                out.decimal(tick.close());
                out.decimal(tick.adjClose());
                out.varLong(tick.volume());
                out.string(tick.source());
                out.instant(tick.observedAt());
                out.enumName(tick.kind());
            }

            @Override
            public PriceTick read(In in) {
                return new PriceTick(
                        in.string(),
                        in.date(),
                        in.string(),
                        in.string(),
                        in.decimal(),
                        in.decimal(),
                        in.decimal(),
                        in.decimal(),
                        in.decimal(),
                        in.varLong(),
                        in.string(),
                        in.instant(),
                        in.enumValue(InstrumentKind.class));
            }
        });
    }

    static StoreSerde<CorporateAction> corporateActions() {
        return new StoreSerde<>(CorporateAction.class, new Codec<>() {
            @Override
            public void write(CorporateAction action, Out out) {
                out.string(action.symbol());
                out.enumName(action.type());
                out.date(action.exDate());
                out.decimal(action.amount());
                out.string(action.currency());
                out.integer(action.numerator());
                out.integer(action.denominator());
                out.string(action.source());
                out.instant(action.observedAt());
            }

            @Override
            public CorporateAction read(In in) {
                return new CorporateAction(
                        in.string(),
                        in.enumValue(CorporateAction.Type.class),
                        in.date(),
                        in.decimal(),
                        in.string(),
                        in.integer(),
                        in.integer(),
                        in.string(),
                        in.instant());
            }
        });
    }

    byte @Nullable [] serialize(String topic, @Nullable T data) {
        if (data == null) {
            return null;
        }
        Out out = new Out();
        out.bytes[out.size++] = FORMAT;
        codec.write(data, out);
        return Arrays.copyOf(out.bytes, out.size);
    }

    @Nullable
    T deserialize(String topic, byte @Nullable [] data) {
        if (data == null) {
            return null;
        }
        if (data.length > 0 && data[0] == JSON_OBJECT) {
            return json.deserialize(topic, data);
        }
        if (data.length == 0 || data[0] != FORMAT) {
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic
                    + ": unknown format " + (data.length == 0 ? "(empty)" : data[0]));
        }
        In in = new In(data);
        try {
            T value = codec.read(in);
            if (in.position != data.length) {
                throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic + ": "
                        + (data.length - in.position) + " bytes left over");
            }
            return value;
        } catch (RuntimeException e) {
            if (e instanceof SerializationException) {
                throw e;
            }
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic, e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this::serialize;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::deserialize;
    }

    private interface Codec<T> {
        void write(T value, Out out);

        T read(In in);
    }

    /**
     * Writes values: integers as unsigned LEB128 varints of their zig-zag encoding, a nullable value
     * after a presence marker (for a string, its length + 1, 0 for null).
     */
    static final class Out {
        private static final int ABSENT = 0;
        private static final int LONG = 1;
        private static final int BIG = 2;

        byte[] bytes = new byte[128];
        int size;

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void varLong(long value) {
            unsigned((value << 1) ^ (value >> 63));
        }

        private void unsigned(long value) {
            ensure(10);
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            bytes[size++] = (byte) rest;
        }

        void string(@Nullable String text) {
            if (text == null) {
                unsigned(ABSENT);
                return;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length + 1L);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void decimal(@Nullable BigDecimal decimal) {
            if (decimal == null) {
                unsigned(ABSENT);
                return;
            }
            BigInteger unscaled = decimal.unscaledValue();
            if (unscaled.bitLength() < Long.SIZE) {
                unsigned(LONG);
                varLong(decimal.scale());
                varLong(unscaled.longValueExact());
            } else {
                unsigned(BIG);
                varLong(decimal.scale());
                byte[] twosComplement = unscaled.toByteArray();
                unsigned(twosComplement.length);
                ensure(twosComplement.length);
                System.arraycopy(twosComplement, 0, bytes, size, twosComplement.length);
                size += twosComplement.length;
            }
        }

        void date(@Nullable LocalDate date) {
            if (date == null) {
                unsigned(ABSENT);
                return;
            }
            unsigned(LONG);
            varLong(date.toEpochDay());
        }

        void instant(@Nullable Instant instant) {
            if (instant == null) {
                unsigned(ABSENT);
                return;
            }
            unsigned(LONG);
            varLong(instant.getEpochSecond());
            varLong(instant.getNano());
        }

        void integer(@Nullable Integer value) {
            if (value == null) {
                unsigned(ABSENT);
                return;
            }
            unsigned(LONG);
            varLong(value);
        }

        void enumName(@Nullable Enum<?> value) {
            string(value == null ? null : value.name());
        }
    }

    /** Reads what {@link Out} wrote. */
    static final class In {
        private final byte[] bytes;
        int position = 1;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        long varLong() {
            long zigZag = unsigned();
            return (zigZag >>> 1) ^ -(zigZag & 1);
        }

        private long unsigned() {
            long value = 0;
            for (int shift = 0; shift < Long.SIZE; shift += 7) {
                byte next = bytes[position++];
                value |= (long) (next & 0x7F) << shift;
                if (next >= 0) {
                    return value;
                }
            }
            throw new SerializationException("a varint longer than 64 bits");
        }

        @Nullable
        String string() {
            int length = Math.toIntExact(unsigned()) - 1;
            if (length < 0) {
                return null;
            }
            if (position + length > bytes.length) {
                throw new SerializationException("a string past the end of the value");
            }
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        @Nullable
        BigDecimal decimal() {
            long form = unsigned();
            if (form == Out.ABSENT) {
                return null;
            }
            int scale = Math.toIntExact(varLong());
            if (form == Out.LONG) {
                return BigDecimal.valueOf(varLong(), scale);
            }
            int length = Math.toIntExact(unsigned());
            if (form != Out.BIG || position + length > bytes.length) {
                throw new SerializationException("a malformed decimal");
            }
            BigInteger unscaled = new BigInteger(bytes, position, length);
            position += length;
            return new BigDecimal(unscaled, scale);
        }

        @Nullable
        LocalDate date() {
            return present() ? LocalDate.ofEpochDay(varLong()) : null;
        }

        @Nullable
        Instant instant() {
            return present() ? Instant.ofEpochSecond(varLong(), varLong()) : null;
        }

        @Nullable
        Integer integer() {
            return present() ? Math.toIntExact(varLong()) : null;
        }

        <E extends Enum<E>> @Nullable E enumValue(Class<E> type) {
            String name = string();
            return name == null ? null : Enum.valueOf(type, name);
        }

        private boolean present() {
            long marker = unsigned();
            if (marker != Out.ABSENT && marker != Out.LONG) {
                throw new SerializationException("a malformed presence marker " + marker);
            }
            return marker == Out.LONG;
        }
    }
}
