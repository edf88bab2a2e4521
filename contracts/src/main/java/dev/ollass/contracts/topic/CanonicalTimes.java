package dev.ollass.contracts.topic;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the instants and dates of the topics in the form they are written ({@code
 * 2021-04-16T21:00:00.123Z}, {@code 2021-04-16}) without {@link java.time.format.DateTimeFormatter},
 * whose parsing was a tenth of what reading a tick cost. Anything else (another form, an offset, a
 * number, an invalid date) goes to Jackson's own deserializer, so what is read, and what is refused,
 * is as before.
 */
final class CanonicalTimes {

    private static final int SECONDS_PER_DAY = 86_400;

    private CanonicalTimes() {}

    static SimpleModule module() {
        return new SimpleModule("ollass-canonical-times")
                .addDeserializer(Instant.class, reading(Instant.class, new FastInstants(InstantDeserializer.INSTANT)))
                .addDeserializer(
                        LocalDate.class, reading(LocalDate.class, new FastDates(LocalDateDeserializer.INSTANCE)));
    }

    /** Jackson's delegating deserializer is one of {@code Object}; these return only {@code type}. */
    @SuppressWarnings("unchecked")
    private static <T> ValueDeserializer<T> reading(Class<T> type, ValueDeserializer<?> deserializer) {
        return (ValueDeserializer<T>) deserializer;
    }

    /** {@code YYYY-MM-DDTHH:MM:SS[.f…]Z} with 1 to 9 fraction digits, or null for any other text. */
    static @Nullable Instant instant(char[] text, int offset, int length) {
        if (length < 20 || length > 30 || text[offset + 10] != 'T' || text[offset + length - 1] != 'Z') {
            return null;
        }
        LocalDate date = date(text, offset, 10);
        int hour = twoDigits(text, offset + 11);
        int minute = twoDigits(text, offset + 14);
        int second = twoDigits(text, offset + 17);
        if (date == null
                || text[offset + 13] != ':'
                || text[offset + 16] != ':'
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        int fractionEnd = offset + length - 1;
        if (length > 20) {
            int digits = length - 21;
            if (text[offset + 19] != '.' || digits < 1 || digits > 9) {
                return null;
            }
            for (int i = offset + 20; i < fractionEnd; i++) {
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9) {
                    return null;
                }
                nanos = nanos * 10 + digit;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (text[offset + 19] != 'Z') {
            return null;
        }
        long seconds = date.toEpochDay() * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** {@code YYYY-MM-DD}, a valid date, or null for any other text. */
    static @Nullable LocalDate date(char[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            return null;
        }
        int century = twoDigits(text, offset);
        int year = twoDigits(text, offset + 2);
        int month = twoDigits(text, offset + 5);
        int day = twoDigits(text, offset + 8);
        if (century < 0 || year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(century * 100 + year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number two ASCII digits at {@code at} spell, or -1. */
    private static int twoDigits(char[] text, int at) {
        int tens = text[at] - '0';
        int ones = text[at + 1] - '0';
        if (tens < 0 || tens > 9 || ones < 0 || ones > 9) {
            return -1;
        }
        return tens * 10 + ones;
    }

    private static final class FastInstants extends DelegatingDeserializer {

        FastInstants(ValueDeserializer<?> jacksons) {
            super(jacksons);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new FastInstants(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                Instant instant =
                        instant(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
                if (instant != null) {
                    return instant;
                }
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class FastDates extends DelegatingDeserializer {

        FastDates(ValueDeserializer<?> jacksons) {
            super(jacksons);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new FastDates(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                LocalDate date = date(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
                if (date != null) {
                    return date;
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
