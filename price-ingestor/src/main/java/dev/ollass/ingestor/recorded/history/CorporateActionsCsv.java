package dev.ollass.ingestor.recorded.history;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import dev.ollass.ingestor.yahoo.chart.YahooSymbols;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The recorded dividends ({@code Symbol,ExDate,Amount,Currency}) and splits ({@code
 * Symbol,Date,Numerator,Denominator}) turned into corporate actions of the codes users know
 * ({@code 005930.KS} is {@code 005930}). Amounts are kept digit for digit as written.
 */
public final class CorporateActionsCsv {

    private static final Set<String> DIVIDEND_COLUMNS =
            new LinkedHashSet<>(List.of("Symbol", "ExDate", "Amount", "Currency"));
    private static final Set<String> SPLIT_COLUMNS =
            new LinkedHashSet<>(List.of("Symbol", "Date", "Numerator", "Denominator"));

    private CorporateActionsCsv() {}

    /** The source of the Korean dividends reconstructed from the Adj Close series ({@code dividends_kr_derived.csv}). */
    public static final String DERIVED_SOURCE = "recorded-csv-derived";

    /**
     * @param source the event's source: {@link PriceHistoryCsv#SOURCE} for dividends as Yahoo reported
     *     them, {@link #DERIVED_SOURCE} for reconstructed ones
     * @param until the last ex-date to publish; later rows are withheld. Null for all of them
     */
    public static RecordedReadResult<CorporateAction> dividends(
            String origin, CsvTable table, String source, Instant observedAt, @Nullable LocalDate until) {
        return read(origin, table, DIVIDEND_COLUMNS, until, field -> {
            BigDecimal amount = new BigDecimal(field.apply("Amount"));
            String currency = field.apply("Currency");
            if (amount.signum() <= 0) {
                throw new InvalidAction("a dividend must be a positive amount, not " + amount);
            }
            if (!currency.matches("[A-Z]{3}")) {
                throw new InvalidAction("not an ISO 4217 currency code: " + currency);
            }
            return new CorporateAction(
                    code(field.apply("Symbol")),
                    CorporateAction.Type.DIVIDEND,
                    LocalDate.parse(field.apply("ExDate")),
                    amount,
                    currency,
                    null,
                    null,
                    source,
                    observedAt);
        });
    }

    /**
     * @param until the last ex-date to publish; later rows are withheld. Null for all of them
     */
    public static RecordedReadResult<CorporateAction> splits(
            String origin, CsvTable table, Instant observedAt, @Nullable LocalDate until) {
        return read(origin, table, SPLIT_COLUMNS, until, field -> {
            int numerator = Integer.parseInt(field.apply("Numerator"));
            int denominator = Integer.parseInt(field.apply("Denominator"));
            if (numerator <= 0 || denominator <= 0) {
                throw new InvalidAction("a split's shares must be positive, not " + numerator + ":" + denominator);
            }
            return new CorporateAction(
                    code(field.apply("Symbol")),
                    CorporateAction.Type.SPLIT,
                    LocalDate.parse(field.apply("Date")),
                    null,
                    null,
                    numerator,
                    denominator,
                    PriceHistoryCsv.SOURCE,
                    observedAt);
        });
    }

    private static RecordedReadResult<CorporateAction> read(
            String origin,
            CsvTable table,
            Set<String> columns,
            @Nullable LocalDate until,
            Function<Function<String, String>, CorporateAction> action) {
        if (!table.hasColumns(columns)) {
            return RecordedReadResult.rejected(RecordedCsv.missingColumns(origin, columns, table));
        }
        List<CorporateAction> actions = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int withheld = 0;
        for (CsvTable.Record record : table.records()) {
            if (!table.isComplete(record)) {
                rejections.add(RecordedCsv.malformed(origin, record, "expected " + columns.size() + " fields"));
                continue;
            }
            CorporateAction read;
            try {
                read = action.apply(column -> table.get(record, column));
            } catch (InvalidAction e) {
                rejections.add(new Rejection(
                        RecordedRejectReason.INVALID_ACTION.name(),
                        origin + " line " + record.line() + ": " + e.getMessage(),
                        RecordedCsv.raw(record)));
                continue;
            } catch (DateTimeParseException | NumberFormatException e) {
                rejections.add(RecordedCsv.malformed(origin, record, "not a date and numbers: " + e.getMessage()));
                continue;
            }
            if (until != null && read.exDate().isAfter(until)) {
                withheld++;
            } else {
                actions.add(read);
            }
        }
        return new RecordedReadResult<>(actions, rejections, withheld);
    }

    /** The code users know: the files name stocks by Yahoo ticker ({@code 005930.KS}, {@code BRK-B}). */
    private static String code(String ticker) {
        if (ticker.isBlank()) {
            throw new InvalidAction("no symbol");
        }
        return YahooSymbols.toStockCode(ticker, "EQUITY");
    }

    private static final class InvalidAction extends RuntimeException {
        InvalidAction(String message) {
            super(message, null, false, false);
        }
    }
}
