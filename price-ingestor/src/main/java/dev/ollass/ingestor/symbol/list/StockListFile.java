package dev.ollass.ingestor.symbol.list;

import dev.ollass.ingestor.symbol.list.SymbolUniverse.Rejection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stock list as its CSV reader parsed it.
 *
 * @param name the file name, e.g. {@code korea_stock_list.csv}; the origin of its rows and rejects
 * @param header the header row's cells
 * @param rows the data rows, in file order
 * @param unreadable set when the CSV broke off (an unclosed quote, ...): the rows after it are lost
 */
public record StockListFile(
        String name,
        List<String> header,
        List<Row> rows,
        @Nullable Rejection unreadable) {

    public StockListFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line its line in the file (the header is line 1)
     * @param cells its cells as written, untrimmed
     * @param raw the row as CSV, the payload of its reject if it has one
     */
    public record Row(long line, List<String> cells, String raw) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
