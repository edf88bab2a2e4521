package dev.ollass.ingestor.recorded.history;

import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Reading Yahoo's CSV downloads: a header row, then one record per row, fields kept as text. */
final class RecordedCsv {

    /** Yahoo writes a day without data as the word {@code null} in every column. */
    static final String NULL = "null";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    private RecordedCsv() {}

    /** The records of {@code content}, or null when its header lacks one of {@code columns}. */
    static @Nullable List<CSVRecord> records(String content, Set<String> columns) {
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            if (!parser.getHeaderNames().containsAll(columns)) {
                return null;
            }
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String never fails to be read
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null; // a duplicate or empty header name: not one of Yahoo's files
        }
    }

    /** The rejection of a whole file whose header lacks {@code columns}. */
    static Rejection missingColumns(String origin, Set<String> columns, String content) {
        return new Rejection(
                RecordedRejectReason.MISSING_COLUMNS.name(), origin + " does not have the columns " + columns, content);
    }

    /** The record as it was in the file (its fields joined by commas), the raw payload of its rejection. */
    static String raw(CSVRecord record) {
        return String.join(",", record.values());
    }

    static Rejection malformed(String origin, CSVRecord record, String problem) {
        return new Rejection(
                RecordedRejectReason.MALFORMED_ROW.name(),
                origin + " line " + record.getRecordNumber() + ": " + problem,
                raw(record));
    }

    /** A date of the file, {@code yyyy-MM-dd}. */
    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** The price as written, digit for digit; null for Yahoo's {@code null}. */
    static @Nullable BigDecimal decimal(String text) {
        return NULL.equals(text) ? null : new BigDecimal(text);
    }
}
