package dev.ollass.api.asset.csv;

import dev.ollass.api.holding.CashFlowType;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Side;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Turns the records of one file into transactions and problems: one instance per file. */
final class CsvReading {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    private final Map<Column, String> headerNames = new EnumMap<>(Column.class);
    final List<CsvImport.Line> lines = new ArrayList<>();
    final List<CsvProblem> errors = new ArrayList<>();
    final List<CsvProblem> warnings = new ArrayList<>();

    /** Reads the header row; false when the file cannot be read (the reason is in the errors). */
    boolean header(CSVRecord header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                warnings.add(new CsvProblem(1, name, "not a known column, ignored"));
            } else if (positions.containsKey(column.get())) {
                errors.add(new CsvProblem(
                        1, name, "the same column as '" + headerNames.get(column.get()) + "'; keep one of them"));
            } else {
                positions.put(column.get(), i);
                headerNames.put(column.get(), name);
            }
        }
        if (!positions.containsKey(Column.CODE)) {
            errors.add(new CsvProblem(1, "", "no stock code column: name one 주식코드, 종목코드, symbol, ticker or code"));
        }
        return errors.isEmpty();
    }

    /** Reads one transaction row; a blank row is skipped. */
    void row(int row, CSVRecord record) {
        if (blank(record)) {
            return;
        }
        int errorsBefore = errors.size();
        Kind kind = kind(row, record);
        if (errors.size() > errorsBefore) {
            return; // what the row is cannot be told: its other cells would be judged by the wrong rules
        }
        if (kind.cashFlow() != null) {
            cashFlow(row, record, kind.cashFlow(), errorsBefore);
            return;
        }
        String code = code(row, record);
        LocalDate date = date(row, record);
        Side side = side(row, record);
        BigDecimal quantity = number(row, record, Column.QUANTITY);
        BigDecimal price = number(row, record, Column.PRICE);
        Currency currency = currency(row, record);
        BigDecimal fee = number(row, record, Column.FEE);
        if (errors.size() == errorsBefore && code != null) {
            lines.add(new CsvImport.Line(
                    row,
                    new CsvTransaction(
                            date,
                            code,
                            side,
                            quantity,
                            price,
                            currency,
                            cell(record, Column.ACCOUNT),
                            cell(record, Column.BROKER),
                            cell(record, Column.MEMO),
                            fee)));
        }
    }

    /** What the 거래유형 cell says: a trade (also when absent or unreadable), or a cash flow. */
    private record Kind(@Nullable CashFlowType cashFlow) {}

    private Kind kind(int row, CSVRecord record) {
        String text = cell(record, Column.KIND);
        if (text == null
                || Column.normalize(text).equals("trade")
                || text.strip().equals("거래")) {
            return new Kind(null);
        }
        Optional<CashFlowType> type = CashFlowType.parse(text);
        if (type.isEmpty()) {
            error(
                    row,
                    Column.KIND,
                    "'" + text + "' is none of TRADE (거래), DEPOSIT (입금), WITHDRAWAL (출금),"
                            + " DIVIDEND (배당), TAX (세금)");
        }
        return new Kind(type.orElse(null));
    }

    /** A cash flow row: the amount in the price column; the code optional; no side, no quantity. */
    private void cashFlow(int row, CSVRecord record, CashFlowType type, int errorsBefore) {
        String code = cell(record, Column.CODE) == null ? "" : code(row, record);
        LocalDate date = date(row, record);
        BigDecimal amount = number(row, record, Column.PRICE);
        Currency currency = currency(row, record);
        for (Column tradeOnly : new Column[] {Column.SIDE, Column.QUANTITY, Column.FEE}) {
            if (cell(record, tradeOnly) != null) {
                error(row, tradeOnly, "a " + type + " row has no " + tradeOnly.korean() + "; leave it empty");
            }
        }
        if (errors.size() == errorsBefore) {
            lines.add(new CsvImport.Line(
                    row,
                    new CsvTransaction(
                            date,
                            code == null ? "" : code,
                            null,
                            null,
                            amount,
                            currency,
                            cell(record, Column.ACCOUNT),
                            cell(record, Column.BROKER),
                            cell(record, Column.MEMO),
                            null,
                            type)));
        }
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cell of {@code column}, stripped; null when the file has no such column or the cell is blank. */
    private @Nullable String cell(CSVRecord record, Column column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.size()) {
            return null;
        }
        String value = record.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    private void error(int row, Column column, String reason) {
        errors.add(new CsvProblem(row, headerNames.getOrDefault(column, column.korean()), reason));
    }

    /**
     * The code in upper case; a Korean code of digits that a spreadsheet shortened by its leading
     * zeros ({@code 5930}) gets them back ({@code 005930}).
     */
    private @Nullable String code(int row, CSVRecord record) {
        String code = cell(record, Column.CODE);
        if (code == null) {
            error(row, Column.CODE, "a stock code is required");
            return null;
        }
        if (code.chars().allMatch(Character::isDigit) && code.length() < 6) {
            return "0".repeat(6 - code.length()) + code;
        }
        return code.toUpperCase(java.util.Locale.ROOT);
    }

    private @Nullable LocalDate date(int row, CSVRecord record) {
        String text = cell(record, Column.TRADE_DATE);
        if (text == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        if (matcher.matches()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                error(row, Column.TRADE_DATE, "'" + text + "' is not a day of the calendar");
                return null;
            }
        }
        error(row, Column.TRADE_DATE, "'" + text + "' is not a date like 2021-04-16, 2021.04.16 or 2021/04/16");
        return null;
    }

    private @Nullable Side side(int row, CSVRecord record) {
        String text = cell(record, Column.SIDE);
        if (text == null) {
            return null;
        }
        Optional<Side> side = Side.parse(text);
        if (side.isEmpty()) {
            error(row, Column.SIDE, "'" + text + "' is neither 매수/buy nor 매도/sell");
        }
        return side.orElse(null);
    }

    private @Nullable Currency currency(int row, CSVRecord record) {
        String text = cell(record, Column.CURRENCY);
        if (text == null) {
            return null;
        }
        Optional<Currency> currency = Currency.parse(text);
        if (currency.isEmpty()) {
            error(row, Column.CURRENCY, "'" + text + "' is neither KRW nor USD");
        }
        return currency.orElse(null);
    }

    /** A number, not negative, written with or without thousands separators, currency signs or blanks. */
    private @Nullable BigDecimal number(int row, CSVRecord record, Column column) {
        String text = cell(record, column);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[,\\s$₩원]", "");
        if (!NUMBER.matcher(digits).matches()) {
            error(row, column, "'" + text + "' is not a number");
            return null;
        }
        BigDecimal number = new BigDecimal(digits);
        if (number.signum() < 0) {
            error(row, column, "'" + text + "' is negative");
            return null;
        }
        return number;
    }
}
