package dev.ollass.contracts.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recorded file the ingestor has published in full: every event it yielded acknowledged by the
 * broker. Its ledger entry, keyed by {@link #file()}.
 *
 * @param file the file's name, e.g. {@code 005930.KS.csv}
 * @param sha256 the hex SHA-256 digest of the file's content
 * @param publishedUntil the last date published from it (later rows were withheld); null for all
 * @param published events published (ticks or corporate actions)
 * @param rejected rows rejected, with their reasons, to the rejects topic
 * @param withheld usable rows dated after {@code publishedUntil}, not published
 * @param importedAt when it was published
 */
public record RecordedImport(
        String file,
        String sha256,
        @Nullable LocalDate publishedUntil,
        int published,
        int rejected,
        int withheld,
        Instant importedAt) {

    /** Whether this entry already covers {@code sha256} published up to {@code until}. */
    public boolean covers(String sha256, @Nullable LocalDate until) {
        return this.sha256.equals(sha256) && Objects.equals(publishedUntil, until);
    }
}
