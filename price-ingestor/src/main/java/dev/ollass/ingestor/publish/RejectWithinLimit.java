package dev.ollass.ingestor.publish;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Makes a reject fit in one Kafka record. A rejected upload can be as large as the 16 MB an upload
 * may be, far over the 1 MiB a record may be by default; sent whole, it fails with {@code
 * RecordTooLargeException} and the reject is lost. So the raw payload keeps as much of its
 * beginning as fits, and the reject says how large the whole was and carries its SHA-256 digest,
 * so the original file can be recognised. The limit is on the record as the topic's serde writes
 * it, JSON escaping included ({@code \u0000} is six bytes for one character).
 */
final class RejectWithinLimit {

    /** A reason is a sentence; one that quotes a huge field of the input is cut to this many characters. */
    static final int MAX_REASON_CHARS = 2_000;

    private RejectWithinLimit() {}

    /**
     * @param maxValueBytes the largest serialized value the record may have
     */
    static IngestRejected of(
            String source,
            String origin,
            String reasonCode,
            String reason,
            String rawPayload,
            Instant rejectedAt,
            int maxValueBytes) {
        byte[] whole = rawPayload.getBytes(StandardCharsets.UTF_8);
        String digest = HexFormat.of().formatHex(sha256(whole));
        String shortReason = reason.length() > MAX_REASON_CHARS
                ? prefix(reason, MAX_REASON_CHARS) + "... (" + reason.length() + " characters)"
                : reason;
        IngestRejected event = new IngestRejected(
                source, origin, reasonCode, shortReason, rawPayload, rejectedAt, (long) whole.length, digest, false);
        if (serializedSize(event) <= maxValueBytes) {
            return event;
        }
        // The longest beginning that fits: the serialized size grows with the prefix, so bisect on it.
        int fits = 0;
        int tooLong = rawPayload.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (serializedSize(truncated(event, prefix(rawPayload, middle))) <= maxValueBytes) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        IngestRejected cut = truncated(event, prefix(rawPayload, fits));
        if (serializedSize(cut) > maxValueBytes) {
            throw new IllegalArgumentException(
                    "A reject does not fit in " + maxValueBytes + " bytes even without its payload");
        }
        return cut;
    }

    private static IngestRejected truncated(IngestRejected event, String payload) {
        return new IngestRejected(
                event.source(),
                event.origin(),
                event.reasonCode(),
                event.reason(),
                payload,
                event.rejectedAt(),
                event.rawPayloadBytes(),
                event.rawPayloadSha256(),
                true);
    }

    /** The first {@code length} characters, one fewer if that would split a surrogate pair. */
    private static String prefix(String text, int length) {
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    static int serializedSize(IngestRejected event) {
        return Topics.INGEST_REJECTS.valueSerde().serializer().serialize(Topics.INGEST_REJECTS.name(), event).length;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
