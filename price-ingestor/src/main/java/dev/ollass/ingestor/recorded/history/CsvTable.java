package dev.ollass.ingestor.recorded.history;

import java.util.Collection;
import java.util.List;

/**
 * A CSV file as read, before anything in it is trusted: its text, its header and its records, every
 * field kept as written. Filled by the CSV adapter ({@code dev.ollass.ingestor.recorded.CsvFiles}),
 * so that this package needs no CSV library.
 *
 * @param text the file's content, the raw payload of a rejection of the whole file
 * @param header the column names; empty when the text is not CSV with a header
 */
public record CsvTable(String text, List<String> header, List<Record> records) {

    public CsvTable {
        header = List.copyOf(header);
        records = List.copyOf(records);
    }

    /**
     * One record after the header.
     *
     * @param line its number in the file (the header is line 1)
     */
    public record Record(long line, List<String> fields) {

        public Record {
            fields = List.copyOf(fields);
        }
    }

    boolean hasColumns(Collection<String> columns) {
        return header.containsAll(columns);
    }

    /** Whether {@code record} has one field per column. */
    boolean isComplete(Record record) {
        return record.fields().size() == header.size();
    }

    /** The field of {@code column} in a complete record. */
    String get(Record record, String column) {
        return record.fields().get(header.indexOf(column));
    }
}
