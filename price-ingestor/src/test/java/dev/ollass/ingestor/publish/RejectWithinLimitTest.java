package dev.ollass.ingestor.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RejectWithinLimitTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void keepsASmallPayloadWholeWithItsSizeAndDigest() {
        IngestRejected reject = RejectWithinLimit.of(
                "yahoo-chart-v8", "upload", "MALFORMED_JSON", "not JSON", "<html>삼성</html>", AT, ONE_MIB);

        assertThat(reject.rawPayload()).isEqualTo("<html>삼성</html>");
        assertThat(reject.rawPayloadTruncated()).isFalse();
        assertThat(reject.rawPayloadBytes()).isEqualTo(19L);
        assertThat(reject.rawPayloadSha256()).isEqualTo(sha256("<html>삼성</html>"));
        assertThat(reject.reason()).isEqualTo("not JSON");
    }

    @Test
    void cutsAPayloadOverTheLimitToTheLongestBeginningThatFits() throws Exception {
        // Two and a half MiB of what escapes worst in JSON: quotes, control characters, Korean, emoji.
        String payload = "{\"a\":\"\u0001삼성😀\\\"".repeat(200_000);

        IngestRejected reject =
                RejectWithinLimit.of("yahoo-chart-v8", "upload", "MALFORMED_JSON", "not JSON", payload, AT, ONE_MIB);

        int size = RejectWithinLimit.serializedSize(reject);
        assertThat(size).isLessThanOrEqualTo(ONE_MIB);
        assertThat(reject.rawPayloadTruncated()).isTrue();
        assertThat(payload).startsWith(reject.rawPayload());
        assertThat(reject.rawPayload().length()).isGreaterThan(10_000);
        assertThat(reject.rawPayloadBytes()).isEqualTo((long) payload.getBytes(StandardCharsets.UTF_8).length);
        assertThat(reject.rawPayloadSha256()).isEqualTo(sha256(payload));
        // Longest: one more character of the payload (two, across the emoji's surrogate pair) would not fit.
        int next = reject.rawPayload().length() + 1;
        if (Character.isHighSurrogate(payload.charAt(next - 1))) {
            next++;
        }
        IngestRejected longer = new IngestRejected(
                reject.source(),
                reject.origin(),
                reject.reasonCode(),
                reject.reason(),
                payload.substring(0, next),
                AT,
                reject.rawPayloadBytes(),
                reject.rawPayloadSha256(),
                true);
        assertThat(RejectWithinLimit.serializedSize(longer)).isGreaterThan(ONE_MIB);
        // What is on the topic reads back as it was written.
        byte[] record = Topics.INGEST_REJECTS.valueSerde().serializer().serialize("t", reject);
        assertThat(Topics.INGEST_REJECTS.valueSerde().deserializer().deserialize("t", record))
                .isEqualTo(reject);
    }

    @Test
    void neverEndsAPayloadInTheMiddleOfASurrogatePair() {
        String payload = "😀".repeat(100_000);

        for (int limit = 1_000; limit < 1_030; limit++) {
            IngestRejected reject = RejectWithinLimit.of("s", "o", "R", "r", payload, AT, limit);

            assertThat(RejectWithinLimit.serializedSize(reject)).isLessThanOrEqualTo(limit);
            assertThat(reject.rawPayload().length() % 2).isZero();
            assertThat(reject.rawPayload()).isNotEmpty();
        }
    }

    @Test
    void cutsAReasonThatQuotesAHugeField() {
        String reason = "Yahoo answered with an error: " + "x".repeat(50_000);

        IngestRejected reject = RejectWithinLimit.of("s", "o", "SOURCE_ERROR", reason, "{}", AT, ONE_MIB);

        assertThat(reject.reason()).hasSizeLessThan(RejectWithinLimit.MAX_REASON_CHARS + 40);
        assertThat(reject.reason())
                .startsWith("Yahoo answered with an error: xxx")
                .endsWith("(50030 characters)");
        assertThat(RejectWithinLimit.of(
                                "s", "o", "R", "x".repeat(RejectWithinLimit.MAX_REASON_CHARS), "{}", AT, ONE_MIB)
                        .reason())
                .hasSize(RejectWithinLimit.MAX_REASON_CHARS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
