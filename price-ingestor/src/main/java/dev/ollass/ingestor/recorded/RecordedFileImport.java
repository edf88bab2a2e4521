package dev.ollass.ingestor.recorded;

import dev.ollass.contracts.market.RecordedImport;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an import did with one recorded file.
 *
 * @param publishedNow true when this import published it, false when the ledger already had it
 * @param published ticks or corporate actions it yielded
 * @param rejected rows rejected with a reason
 * @param withheld usable rows after {@code publishedUntil}
 */
public record RecordedFileImport(
        String file,
        boolean publishedNow,
        int published,
        int rejected,
        int withheld,
        @Nullable LocalDate publishedUntil) {

    static RecordedFileImport published(RecordedImport entry) {
        return of(entry, true);
    }

    static RecordedFileImport alreadyPublished(RecordedImport entry) {
        return of(entry, false);
    }

    private static RecordedFileImport of(RecordedImport entry, boolean now) {
        return new RecordedFileImport(
                entry.file(), now, entry.published(), entry.rejected(), entry.withheld(), entry.publishedUntil());
    }
}
