package dev.ollass.ingestor.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV text (RFC 4180, a header row first, empty lines skipped, a UTF-8 byte order mark
 * tolerated) into its header and records, every field a string as written, or trimmed when asked.
 * Text that breaks off (an unterminated quote, a duplicate column name) keeps the records before
 * the break and says where it broke, so that a caller can reject the rest with a reason.
 */
public final class CsvText {

    /** Whether fields keep the spaces around them (a caller that reports them) or lose them. */
    public enum Fields {
        AS_WRITTEN,
        TRIMMED
    }

    private static final CSVFormat AS_WRITTEN = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static final CSVFormat TRIMMED =
            AS_WRITTEN.builder().setIgnoreSurroundingSpaces(true).get();

    private CsvText() {}

    /**
     * The text as read.
     *
     * @param content the text without its byte order mark
     * @param header the column names; empty when not even the header could be read
     * @param broken set when the text stopped being CSV; the records are those before it
     */
    public record Table(
            String content,
            List<String> header,
            List<Row> rows,
            @Nullable Broken broken) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One record after the header.
     *
     * @param line the line it starts on (the header is line 1)
     * @param fields its fields
     * @param csv the record written again as RFC 4180 CSV, the raw payload of its rejection
     */
    public record Row(long line, List<String> fields, String csv) {

        public Row {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Where and why the text stopped being CSV.
     *
     * @param line the first line that was not read
     */
    public record Broken(long line, String problem) {}

    public static Table read(String text, Fields fields) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = fields == Fields.TRIMMED ? TRIMMED : AS_WRITTEN;
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(content);
        try (CSVParser parser = CSVParser.parse(content, format)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                rows.add(new Row(
                        lines.lineAt(record.getCharacterPosition()),
                        List.of(record.values()),
                        AS_WRITTEN.format((Object[]) record.values())));
            }
            return new Table(content, header, rows, null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a broken quote or a duplicate column name this way; keep what came before.
            long line = rows.isEmpty() ? 2 : rows.getLast().line() + 1;
            return new Table(content, header, rows, new Broken(line, String.valueOf(e.getMessage())));
        }
    }

    /** Line numbers of character positions, counted once through the text as the positions grow. */
    private static final class LineCounter {

        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long characterPosition) {
            int target = (int) Math.min(characterPosition, text.length());
            for (; position < target; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            // A record's position is where the parser began looking for it: before the empty lines it skipped.
            for (; position < text.length() && isLineBreak(text.charAt(position)); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
