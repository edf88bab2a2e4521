package dev.ollass.contracts.market;

import java.time.Instant;

/**
 * Raw input that could not become a tick, kept with the reason so that nothing is silently lost.
 *
 * @param source the source the payload came from, e.g. {@code yahoo-chart-v8}
 * @param origin where in that source: a file name, a URL, a symbol
 * @param reasonCode a stable machine-readable reason, e.g. {@code SOURCE_ERROR}, {@code NULL_BAR}
 * @param reason a sentence for a person
 * @param rawPayload the payload exactly as received (the whole response, or the one row)
 */
public record IngestRejected(
        String source, String origin, String reasonCode, String reason, String rawPayload, Instant rejectedAt) {}
