package dev.ollass.ingestor.recorded;

import dev.ollass.ingestor.csv.CsvText;
import dev.ollass.ingestor.recorded.history.CsvTable;
import java.util.List;

/** Reads a recorded CSV download into the plain {@link CsvTable} the pure {@code history} package validates. */
public final class CsvFiles {

    private CsvFiles() {}

    /** The table of {@code text}; one without a header (and records) when it is not CSV with a header. */
    public static CsvTable read(String text) {
        CsvText.Table table = CsvText.read(text, CsvText.Fields.TRIMMED);
        if (table.broken() != null) {
            // A duplicate or empty column name, an unterminated quote: not a file of a known kind.
            return new CsvTable(text, List.of(), List.of());
        }
        return new CsvTable(
                text,
                table.header(),
                table.rows().stream()
                        .map(row -> new CsvTable.Record(row.line(), row.fields()))
                        .toList());
    }
}
