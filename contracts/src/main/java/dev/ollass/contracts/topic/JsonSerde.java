package dev.ollass.contracts.topic;

import dev.ollass.contracts.market.PriceTick;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for event records: the wire format of every JSON topic, with its own mapper so that no
 * application-wide mapper setting can change what is on a topic. Decimals are written plain and read exactly, so prices survive the
 * round trip digit for digit; unknown fields are ignored so that adding a field to an event never
 * breaks an older consumer. Instants and dates in the form they are written are read without
 * {@code DateTimeFormatter} ({@link CanonicalTimes}), with the same result. The records of every tick's path
 * are read ({@link HotRecordReaders}: a price tick) and written ({@link HotRecordWriters}: a daily bar, a latest
 * price) by hand, with the same result too.
 */
public final class JsonSerde<T> implements Serde<T> {

    private static final JsonMapper MAPPER =
            recordMapper().addModule(HotRecordWriters.module()).build();

    private final Class<T> type;
    // Bound to the type once: reading with the mapper and a Class resolves the type on every call.
    private final ObjectReader reader;
    private final ObjectWriter writer;
    // The type read for every tick has a reader of the form it is written in; null for every other type.
    private final @Nullable Function<byte[], @Nullable T> handRead;

    private JsonSerde(Class<T> type) {
        this.type = type;
        this.reader = MAPPER.readerFor(type);
        this.writer = MAPPER.writerFor(type);
        this.handRead = type == PriceTick.class ? data -> type.cast(HotRecordReaders.priceTick(MAPPER, data)) : null;
    }

    /** The mapper's settings, with every record written by Jackson's record serializer (the tests' reference). */
    static JsonMapper.Builder recordMapper() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(CanonicalTimes.module());
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(data);
        } catch (JacksonException e) {
            throw new SerializationException("Cannot write " + type.getSimpleName() + " for " + topic, e);
        }
    }

    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (handRead != null) {
            T read = handRead.apply(data);
            if (read != null) {
                return read;
            }
        }
        try {
            return reader.readValue(data);
        } catch (JacksonException e) {
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
}
