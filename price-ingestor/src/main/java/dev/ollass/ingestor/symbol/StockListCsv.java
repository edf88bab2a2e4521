package dev.ollass.ingestor.symbol;

import dev.ollass.ingestor.csv.CsvText;
import dev.ollass.ingestor.symbol.list.ListRejectReason;
import dev.ollass.ingestor.symbol.list.StockListFile;
import dev.ollass.ingestor.symbol.list.SymbolUniverse.Rejection;
import org.jspecify.annotations.Nullable;

/** Reads a stock list's CSV text, cells untrimmed (the pure rules trim them), into a {@link StockListFile}. */
public final class StockListCsv {

    private StockListCsv() {}

    public static StockListFile parse(String name, String text) {
        CsvText.Table table = CsvText.read(text, CsvText.Fields.AS_WRITTEN);
        CsvText.@Nullable Broken broken = table.broken();
        @Nullable
        Rejection unreadable = broken == null
                ? null
                : new Rejection(
                        name,
                        broken.line(),
                        ListRejectReason.MALFORMED_FILE,
                        "Not readable as CSV from line " + broken.line() + " on: " + broken.problem(),
                        table.content());
        return new StockListFile(
                name,
                table.header(),
                table.rows().stream()
                        .map(row -> new StockListFile.Row(row.line(), row.fields(), row.csv()))
                        .toList(),
                unreadable);
    }
}
