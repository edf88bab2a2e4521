package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GzipTest {

    @Test
    void theKeptTableReadsBackAsItWasAndSmaller() {
        byte[] table = "{\"stock_assets\":[]}".repeat(1000).getBytes(StandardCharsets.UTF_8);

        byte[] gzipped = Gzip.compress(table);

        assertThat(gzipped.length).isLessThan(table.length / 10);
        assertThat(Gzip.decompress(gzipped)).isEqualTo(table);
    }

    @Test
    void gzipIsSentOnlyToAClientThatAcceptsIt() {
        assertThat(Gzip.accepted("gzip, deflate, br")).isTrue();
        assertThat(Gzip.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Gzip.accepted("*")).isTrue();
        assertThat(Gzip.accepted(null)).isFalse();
        assertThat(Gzip.accepted("identity")).isFalse();
        assertThat(Gzip.accepted("deflate, gzip;q=0")).isFalse();
        assertThat(Gzip.accepted("gzip; q=0.0")).isFalse();
    }
}
