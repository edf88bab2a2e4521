package dev.ollass.contracts.topic;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link PriceTick}, the record every tick is, in the form the ingestor writes it, with the streaming parser
 * and no data binding: every one of its thirteen properties once, in any order, each of the type it is written as
 * (strings, numbers, the canonical date and instant of {@link CanonicalTimes}, a kind's name), and nothing after the
 * object. Anything else (a missing, unknown, repeated or null property, a number as a string, broken JSON) is no
 * answer, and the caller reads the bytes with Jackson's record deserializer, so what is read, and what is refused
 * with which message, is as before ({@code HotRecordReadersTest}). Data binding's property buffering and look-ups
 * were two thirds of reading a tick, a sixth of the topology's thread.
 */
final class HotRecordReaders {

    private static final int PRICE_TICK_PROPERTIES = 13;

    private HotRecordReaders() {}

    /** The tick {@code data} spells in the ingestor's form, or null when it is in any other (then Jackson's turn). */
    static @Nullable PriceTick priceTick(JsonMapper mapper, byte[] data) {
        try (JsonParser p = mapper.createParser(data)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String symbol = null;
            LocalDate tradingDate = null;
            String exchangeTimeZone = null;
            String currency = null;
            BigDecimal open = null;
            BigDecimal high = null;
            BigDecimal low = null;
            BigDecimal close = null;
            BigDecimal adjClose = null;
            long volume = 0;
            String source = null;
            Instant observedAt = null;
            InstrumentKind kind = null;
            int seen = 0;
            boolean volumeSeen = false;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                seen++;
                switch (name) {
                    case "symbol" -> symbol = symbol == null ? string(p, value) : null;
                    case "tradingDate" -> tradingDate = tradingDate == null ? date(p, value) : null;
                    case "exchangeTimeZone" -> exchangeTimeZone = exchangeTimeZone == null ? string(p, value) : null;
                    case "currency" -> currency = currency == null ? string(p, value) : null;
                    case "open" -> open = open == null ? decimal(p, value) : null;
                    case "high" -> high = high == null ? decimal(p, value) : null;
                    case "low" -> low = low == null ? decimal(p, value) : null;
                    case "close" -> close = close == null ? decimal(p, value) : null;
                    case "adjClose" -> adjClose = adjClose == null ? decimal(p, value) : null;
                    case "volume" -> {
                        if (volumeSeen || value != JsonToken.VALUE_NUMBER_INT || !fitsLong(p)) {
                            return null;
                        }
                        volume = p.getLongValue();
                        volumeSeen = true;
                    }
                    case "source" -> source = source == null ? string(p, value) : null;
                    case "observedAt" -> observedAt = observedAt == null ? instant(p, value) : null;
                    case "kind" -> kind = kind == null ? kind(p, value) : null;
                    default -> {
                        return null;
                    }
                }
            }
            if (seen != PRICE_TICK_PROPERTIES
                    || p.currentToken() != JsonToken.END_OBJECT
                    || p.nextToken() != null
                    || symbol == null
                    || tradingDate == null
                    || exchangeTimeZone == null
                    || currency == null
                    || open == null
                    || high == null
                    || low == null
                    || close == null
                    || adjClose == null
                    || !volumeSeen
                    || source == null
                    || observedAt == null
                    || kind == null) {
                return null;
            }
            return new PriceTick(
                    symbol,
                    tradingDate,
                    exchangeTimeZone,
                    currency,
                    open,
                    high,
                    low,
                    close,
                    adjClose,
                    volume,
                    source,
                    observedAt,
                    kind);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static @Nullable String string(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_STRING ? p.getString() : null;
    }

    private static @Nullable BigDecimal decimal(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT
                ? p.getDecimalValue()
                : null;
    }

    private static boolean fitsLong(JsonParser p) {
        JsonParser.NumberType type = p.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    private static @Nullable LocalDate date(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_STRING
                ? CanonicalTimes.date(p.getStringCharacters(), p.getStringOffset(), p.getStringLength())
                : null;
    }

    private static @Nullable Instant instant(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_STRING
                ? CanonicalTimes.instant(p.getStringCharacters(), p.getStringOffset(), p.getStringLength())
                : null;
    }

    private static @Nullable InstrumentKind kind(JsonParser p, JsonToken value) {
        if (value != JsonToken.VALUE_STRING) {
            return null;
        }
        return switch (p.getString()) {
            case "STOCK" -> InstrumentKind.STOCK;
            case "INDEX" -> InstrumentKind.INDEX;
            case "FX" -> InstrumentKind.FX;
            default -> null;
        };
    }
}
