package dev.ollass.contracts.market;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Raw input that could not become a tick, kept with the reason so that nothing is silently lost.
 *
 * @param source the source the payload came from, e.g. {@code yahoo-chart-v8}
 * @param origin where in that source: a file name, a URL, a symbol
 * @param reasonCode a stable machine-readable reason, e.g. {@code SOURCE_ERROR}, {@code NULL_BAR}
 * @param reason a sentence for a person
 * @param rawPayload the payload exactly as received (the whole response, or the one row), or its
 *     beginning when the whole would not fit in one record ({@code rawPayloadTruncated})
 * @param rawPayloadBytes the size of the whole payload in UTF-8 bytes; null in rejects written
 *     before it was recorded
 * @param rawPayloadSha256 the SHA-256 digest of the whole payload's UTF-8 bytes, in lowercase hex,
 *     to recognise the original; null in rejects written before it was recorded
 * @param rawPayloadTruncated whether {@code rawPayload} is only the beginning of the payload
 */
public record IngestRejected(
        String source,
        String origin,
        String reasonCode,
        String reason,
        String rawPayload,
        Instant rejectedAt,
        @Nullable Long rawPayloadBytes,
        @Nullable String rawPayloadSha256,
        boolean rawPayloadTruncated) {

    /** A reject whose payload is kept whole, without its size and digest. */
    public IngestRejected(
            String source, String origin, String reasonCode, String reason, String rawPayload, Instant rejectedAt) {
        this(source, origin, reasonCode, reason, rawPayload, rejectedAt, null, null, false);
    }
}
