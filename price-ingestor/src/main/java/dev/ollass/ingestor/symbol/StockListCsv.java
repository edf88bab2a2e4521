package dev.ollass.ingestor.symbol;

import dev.ollass.ingestor.symbol.list.ListRejectReason;
import dev.ollass.ingestor.symbol.list.StockListFile;
import dev.ollass.ingestor.symbol.list.SymbolUniverse.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Parses a stock list's CSV text (RFC 4180, header row first, a UTF-8 byte order mark tolerated)
 * with Apache Commons CSV, which the pure rules cannot use themselves: it can also print JDBC
 * result sets, so it reaches {@code java.sql}.
 */
public final class StockListCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private StockListCsv() {}

    public static StockListFile parse(String name, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> header = List.of();
        List<StockListFile.Row> rows = new ArrayList<>();
        @Nullable Rejection unreadable = null;
        long line = 1;
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                rows.add(new StockListFile.Row(
                        line, List.of(record.values()), FORMAT.format((Object[]) record.values())));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a broken quote or a duplicate header name this way; keep what came before.
            unreadable = new Rejection(
                    name,
                    line + 1,
                    ListRejectReason.MALFORMED_FILE,
                    "Not readable as CSV from line " + (line + 1) + " on: " + e.getMessage(),
                    content);
        }
        return new StockListFile(name, header, rows, unreadable);
    }
}
