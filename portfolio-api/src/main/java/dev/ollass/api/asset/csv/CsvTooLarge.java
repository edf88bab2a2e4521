package dev.ollass.api.asset.csv;

/** A spreadsheet over {@link TransactionCsv#MAX_BYTES} bytes or {@link TransactionCsv#MAX_ROWS} rows. */
public class CsvTooLarge extends RuntimeException {

    public CsvTooLarge(String message) {
        super(message);
    }
}
