package dev.ollass.ingestor.recorded.history;

import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the readers of Yahoo's CSV downloads share: rejections, dates and decimals as written. */
final class RecordedCsv {

    /** Yahoo writes a day without data as the word {@code null} in every column. */
    static final String NULL = "null";

    private RecordedCsv() {}

    /** The rejection of a whole file whose header lacks {@code columns}. */
    static Rejection missingColumns(String origin, Set<String> columns, CsvTable table) {
        return new Rejection(
                RecordedRejectReason.MISSING_COLUMNS.name(),
                origin + " does not have the columns " + columns,
                table.text());
    }

    /** The record as it was in the file (its fields joined by commas), the raw payload of its rejection. */
    static String raw(CsvTable.Record record) {
        return String.join(",", record.fields());
    }

    static Rejection malformed(String origin, CsvTable.Record record, String problem) {
        return new Rejection(
                RecordedRejectReason.MALFORMED_ROW.name(),
                origin + " line " + record.line() + ": " + problem,
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
