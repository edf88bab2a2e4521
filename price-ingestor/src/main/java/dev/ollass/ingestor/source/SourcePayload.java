package dev.ollass.ingestor.source;

import java.nio.charset.Charset;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a source, as received, before anything in it is trusted.
 *
 * @param origin where it came from (a file name, an upload's {@code origin}): the key of its rejects
 * @param body the answer's bytes
 * @param charset the charset its transport declared ({@code Content-Type}), or null when none did:
 *     the source then takes the one the payload declares, else its format's default
 * @param code the code that was asked for, when the answer must be checked against it (Naver's
 *     daily price page does not name its stock in its data); null when nothing was asked
 * @param observedAt when it was read (ingest time)
 */
public record SourcePayload(
        String origin,
        byte[] body,
        @Nullable Charset charset,
        @Nullable String code,
        Instant observedAt) {}
