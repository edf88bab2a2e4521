package dev.ollass.ingestor.recorded;

import dev.ollass.ingestor.recorded.history.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text with Apache Commons CSV into the plain {@link CsvTable} the pure {@code history}
 * package validates (Commons CSV also writes JDBC result sets, which keeps it out of a pure package).
 */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvFiles() {}

    /** The table of {@code text}; one without a header (and records) when it is not CSV with a header. */
    public static CsvTable read(String text) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<CsvTable.Record> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(new CsvTable.Record(record.getRecordNumber() + 1, List.of(record.values())));
            }
            return new CsvTable(text, parser.getHeaderNames(), records);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String never fails to be read
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // A duplicate or empty column name, an unterminated quote: not a file of a known kind.
            return new CsvTable(text, List.of(), List.of());
        }
    }
}
