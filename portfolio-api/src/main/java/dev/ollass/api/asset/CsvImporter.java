package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetBodies.AssetStockRequest;
import dev.ollass.api.asset.CsvLines.Duplicate;
import dev.ollass.api.asset.csv.Column;
import dev.ollass.api.asset.csv.CsvImport;
import dev.ollass.api.asset.csv.CsvImport.Line;
import dev.ollass.api.asset.csv.CsvProblem;
import dev.ollass.api.asset.csv.CsvTooLarge;
import dev.ollass.api.asset.csv.CsvTransaction;
import dev.ollass.api.asset.csv.TransactionCsv;
import dev.ollass.api.holding.SellCheck.Oversold;
import dev.ollass.api.holding.Trade;
import dev.ollass.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Imports a spreadsheet of trades, all or nothing: every row is checked like a POST (the codec's reading,
 * the original's bounds and market checks), rows equal to a line the user has already (date, symbol, side,
 * quantity, price, account) are refused row by row, then everything is written in one transaction whose
 * sells must not exceed the holdings. Any error: nothing is written, and every row's errors are reported.
 */
@Service
class CsvImporter {

    /** The column of each field a POST check names; the trade's and the cash flow's. */
    private static final Map<String, Column> FIELD_COLUMNS = Map.ofEntries(
            Map.entry(AssetProblems.QUANTITY, Column.QUANTITY),
            Map.entry(AssetProblems.PRICE, Column.PRICE),
            Map.entry(AssetProblems.NAME, Column.CODE),
            Map.entry(AssetProblems.DATE, Column.TRADE_DATE),
            Map.entry("purchase_currency_type", Column.CURRENCY),
            Map.entry("account_type", Column.ACCOUNT),
            Map.entry("investment_bank", Column.BROKER),
            Map.entry("memo", Column.MEMO),
            Map.entry("fee", Column.FEE),
            Map.entry("stock_code", Column.CODE),
            Map.entry("date", Column.TRADE_DATE),
            Map.entry("amount", Column.PRICE),
            Map.entry("currency", Column.CURRENCY));

    private final AssetRules rules;
    private final CashFlowRules cashFlowRules;
    private final AssetLines lines;
    private final AssetWrites writes;

    CsvImporter(AssetRules rules, CashFlowRules cashFlowRules, AssetLines lines, AssetWrites writes) {
        this.rules = rules;
        this.cashFlowRules = cashFlowRules;
        this.lines = lines;
        this.writes = writes;
    }

    static final String DUPLICATE = "이미 등록된 거래입니다 (거래유형, 매매일자, 주식코드, 매매, 수량, 거래가, 계좌종류가 같은 거래가 있습니다).";

    /** What was imported. */
    record Imported(List<AssetLine> lines, List<CsvProblem> warnings) {}

    Imported importCsv(long userId, InputStream in) {
        CsvImport read;
        try {
            read = TransactionCsv.read(in);
        } catch (CsvTooLarge e) {
            throw new ProblemException(
                    HttpStatus.CONTENT_TOO_LARGE, "csv-too-large", "CSV too large", e.getMessage(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CsvProblem> errors = new ArrayList<>(read.errors());
        for (Line line : read.lines()) {
            errors.addAll(check(line));
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        List<AssetLine> stored = writes.importLines(
                userId,
                () -> {
                    Set<Duplicate> existing =
                            lines.all(userId).stream().map(Duplicate::of).collect(Collectors.toSet());
                    List<CsvProblem> duplicates = new ArrayList<>();
                    List<AssetLine> toInsert = new ArrayList<>();
                    for (Line line : read.lines()) {
                        // Compared as it would be stored: a row without 매매 is a buy, as on POST.
                        AssetLine asStored = CsvLines.line(userId, line.transaction());
                        if (existing.contains(Duplicate.of(asStored))) {
                            duplicates.add(new CsvProblem(line.row(), "", DUPLICATE));
                        }
                        toInsert.add(asStored);
                    }
                    if (!duplicates.isEmpty()) {
                        throw refused(duplicates);
                    }
                    return toInsert;
                },
                inserted -> refuseOversold(userId, read.lines(), inserted));
        return new Imported(stored, read.warnings());
    }

    /**
     * Refuses the import, naming rows, when a sell would sell more than was held on its date as the lines stand
     * with the import: an imported sell names its own row; an earlier sell of the user's, left uncovered by
     * imported sells before it, names those rows.
     */
    private void refuseOversold(long userId, List<Line> rows, List<AssetLine> inserted) {
        List<Oversold> oversold = writes.oversold(userId, AssetWrites.codes(inserted));
        if (oversold.isEmpty()) {
            return;
        }
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < inserted.size(); i++) {
            rowOf.put(inserted.get(i).id(), rows.get(i).row());
        }
        List<CsvProblem> errors = new ArrayList<>();
        for (Oversold sell : oversold) {
            Trade trade = sell.sell();
            String reason = AssetProblems.sellExceedsHolding(trade.code(), trade.tradeDate(), AssetWrites.held(sell))
                    .getBody()
                    .getDetail();
            Integer row = rowOf.get(trade.id());
            if (row != null) {
                errors.add(new CsvProblem(row, Column.QUANTITY.korean(), String.valueOf(reason)));
                continue;
            }
            for (AssetLine line : inserted) {
                if (line.isSell()
                        && trade.code().equals(line.stockCode())
                        && Objects.requireNonNull(line.tradeDate())
                                .isBefore(Objects.requireNonNull(trade.tradeDate()))) {
                    errors.add(new CsvProblem(
                            rowOf.get(line.id()),
                            Column.QUANTITY.korean(),
                            "이 매도로 이미 등록된 거래(id " + trade.id() + ")가 보유보다 많이 팝니다: " + reason));
                }
            }
        }
        errors.sort(Comparator.comparingInt(CsvProblem::row));
        throw sellsExceedHoldings(errors);
    }

    /** The POST checks of one row, as row errors. */
    private List<CsvProblem> check(Line line) {
        CsvTransaction t = line.transaction();
        if (t.cashFlow() != null) {
            try {
                cashFlowRules.check(
                        t.tradeDate(),
                        t.price(),
                        t.currency() == null ? null : t.currency().name(),
                        t.code(),
                        t.account(),
                        t.broker(),
                        t.memo());
                return List.of();
            } catch (ProblemException e) {
                return List.of(rowError(line, e));
            }
        }
        var request = new AssetStockRequest(
                null,
                t.tradeDate(),
                t.currency() == null ? null : t.currency().name(),
                t.quantity(),
                t.code(),
                t.account(),
                t.broker(),
                t.price(),
                t.side() == null ? null : t.side().korean(),
                t.memo(),
                t.fee());
        try {
            AssetRules.checkShape(request);
            rules.checkMarket(t.code().strip(), t.tradeDate(), request.purchaseCurrencyType());
            return List.of();
        } catch (ProblemException e) {
            return List.of(rowError(line, e));
        }
    }

    /** A POST check's refusal as the error of a row, in the column of the field it names. */
    private static CsvProblem rowError(Line line, ProblemException e) {
        String field = String.valueOf(
                e.getBody().getProperties() == null
                        ? ""
                        : e.getBody().getProperties().getOrDefault("field", ""));
        Column column = FIELD_COLUMNS.get(field);
        return new CsvProblem(
                line.row(),
                column == null ? field : column.korean(),
                String.valueOf(e.getBody().getDetail()));
    }

    static ProblemException refused(List<CsvProblem> errors) {
        return withErrors(
                new ProblemException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "csv-import-refused",
                        "CSV import refused",
                        errors.size() + "건의 오류가 있어 아무것도 가져오지 않았습니다.",
                        ""),
                errors);
    }

    /** 409: the rows are well formed, but with them a sell would sell more than was held on its date. */
    static ProblemException sellsExceedHoldings(List<CsvProblem> errors) {
        return withErrors(
                new ProblemException(
                        HttpStatus.CONFLICT,
                        "csv-import-sell-exceeds-holding",
                        "CSV import refused: a sell larger than the holding",
                        errors.size() + "건의 매도가 그 날짜의 보유 수량보다 많아 아무것도 가져오지 않았습니다.",
                        AssetProblems.QUANTITY),
                errors);
    }

    private static ProblemException withErrors(ProblemException problem, List<CsvProblem> errors) {
        problem.getBody()
                .setProperty(
                        "errors",
                        errors.stream()
                                .map(error ->
                                        Map.of("row", error.row(), "column", error.column(), "reason", error.reason()))
                                .toList());
        return problem;
    }
}
