package dev.ollass.api.asset.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/**
 * Reads and writes a user's transactions as CSV.
 *
 * <p>Reading is tolerant: header names in Korean or English as people's spreadsheets have them (see
 * {@link Column}), in any case, with blanks; a UTF-8 byte order mark; a comma, semicolon or tab as the
 * delimiter (whichever the header line has most of, outside quotes); numbers with thousands separators
 * ({@code "1,234.5"}); dates as {@code 2021-04-16}, {@code 2021.04.16} or {@code 2021/04/16}. Each bad
 * value is reported with its row and column; unknown columns are ignored and listed as warnings.
 *
 * <p>Writing uses the same columns with the original's Korean names, UTF-8 with a byte order mark (so
 * that spreadsheet programs open it as UTF-8), comma separated; what is written reads back equal.
 */
public final class TransactionCsv {

    /** The largest file read, in bytes (2 MiB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The most transaction rows read (the header not counted). */
    public static final int MAX_ROWS = 10_000;

    private TransactionCsv() {}

    /**
     * Reads a spreadsheet.
     *
     * @throws CsvTooLarge when the file has more than {@link #MAX_BYTES} bytes or {@link #MAX_ROWS} rows
     */
    public static CsvImport read(InputStream in) throws IOException {
        throw new UnsupportedOperationException("coming");
    }

    /** Writes {@code transactions} with a Korean header line. */
    public static void write(List<CsvTransaction> transactions, Writer out) throws IOException {
        throw new UnsupportedOperationException("coming");
    }
}
