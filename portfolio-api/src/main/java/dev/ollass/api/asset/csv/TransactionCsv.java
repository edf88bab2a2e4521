package dev.ollass.api.asset.csv;

import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a user's transactions as CSV.
 *
 * <p>Reading is tolerant: header names in Korean or English as people's spreadsheets have them (see
 * {@link Column}), in any case, with blanks; a UTF-8 byte order mark; a comma, semicolon or tab as the
 * delimiter (whichever the header line has most of, outside quotes); numbers with thousands separators
 * ({@code "1,234.5"}); dates as {@code 2021-04-16}, {@code 2021.04.16} or {@code 2021/04/16}; a Korean
 * code shortened by a spreadsheet ({@code 5930}) gets its leading zeros back; a file that is not UTF-8 is
 * read as Windows' Korean encoding (CP949, what Korean Excel saves). Each bad
 * value is reported with its row and column; unknown columns are ignored and listed as warnings.
 *
 * <p>A row is a trade unless its {@code 거래유형} (kind) names a cash flow: DEPOSIT, WITHDRAWAL, DIVIDEND or
 * TAX (or 입금, 출금, 배당, 세금), whose amount is in the price column; see {@link CsvTransaction}.
 *
 * <p>Writing uses the same columns with the original's Korean names, UTF-8 with a byte order mark (so
 * that spreadsheet programs open it as UTF-8), comma separated; what is written reads back equal.
 */
public final class TransactionCsv {

    /** The largest file read, in bytes (2 MiB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The most transaction rows read (the header not counted). */
    public static final int MAX_ROWS = 10_000;

    private static final char BOM = '\uFEFF';
    private static final Charset KOREAN_WINDOWS = Charset.forName("x-windows-949");

    private TransactionCsv() {}

    /**
     * Reads a spreadsheet.
     *
     * @throws CsvTooLarge when the file has more than {@link #MAX_BYTES} bytes or {@link #MAX_ROWS} rows
     */
    public static CsvImport read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new CsvTooLarge("the file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB; split it into files of at most " + MAX_ROWS + " rows");
        }
        return read(text(bytes));
    }

    /** Reads a spreadsheet already decoded; see {@link #read(InputStream)}. */
    public static CsvImport read(String text) {
        String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(content))
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false)
                .get();
        CsvReading reading = new CsvReading();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new CsvImport(List.of(), List.of(new CsvProblem(1, "", "the file is empty")), List.of());
            }
            if (!reading.header(records.next())) {
                return new CsvImport(List.of(), reading.errors, reading.warnings);
            }
            int row = 1;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    row++;
                    if (row - 1 > MAX_ROWS) {
                        throw new CsvTooLarge("the file has more than " + MAX_ROWS + " rows; split it");
                    }
                    reading.row(row, record);
                }
            } catch (UncheckedIOException unreadable) {
                reading.errors.add(new CsvProblem(
                        row + 1,
                        "",
                        "the row cannot be read (a quote opened and not closed?): "
                                + unreadable.getCause().getMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new CsvImport(reading.lines, reading.errors, reading.warnings);
    }

    /** UTF-8 when the bytes are; else Windows' Korean encoding, which Korean Excel saves CSV in. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, KOREAN_WINDOWS);
        }
    }

    /** The delimiter the header line has most of, outside quotes: comma, semicolon or tab (comma on a tie). */
    static char delimiter(String content) {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** Writes {@code transactions} with a Korean header line, a byte order mark first. */
    public static void write(List<CsvTransaction> transactions, Writer out) throws IOException {
        out.write(BOM);
        String[] header = Arrays.stream(Column.values()).map(Column::korean).toArray(String[]::new);
        try (CSVPrinter printer =
                CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
            for (CsvTransaction t : transactions) {
                printer.printRecord(cells(t));
            }
        }
    }

    /** The cells of one row, in {@link Column} order. */
    private static List<String> cells(CsvTransaction t) {
        List<String> cells = new ArrayList<>(Column.values().length);
        for (Column column : Column.values()) {
            cells.add(
                    switch (column) {
                        case TRADE_DATE ->
                            t.tradeDate() == null ? "" : t.tradeDate().toString();
                        case CODE -> t.code();
                        case SIDE -> t.side() == null ? "" : side(t.side());
                        case QUANTITY -> plain(t.quantity());
                        case PRICE -> plain(t.price());
                        case CURRENCY -> t.currency() == null ? "" : currency(t.currency());
                        case ACCOUNT -> orEmpty(t.account());
                        case BROKER -> orEmpty(t.broker());
                        case MEMO -> orEmpty(t.memo());
                        case FEE -> plain(t.fee());
                        case KIND ->
                            t.cashFlow() == null ? "TRADE" : t.cashFlow().name();
                    });
        }
        return cells;
    }

    private static String side(Side side) {
        return side.korean();
    }

    private static String currency(Currency currency) {
        return currency.name();
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
