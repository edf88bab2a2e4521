package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetBodies.AssetStockRequest;
import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.asset.csv.Column;
import dev.ollass.api.asset.csv.CsvImport;
import dev.ollass.api.asset.csv.CsvImport.Line;
import dev.ollass.api.asset.csv.CsvProblem;
import dev.ollass.api.asset.csv.CsvTooLarge;
import dev.ollass.api.asset.csv.CsvTransaction;
import dev.ollass.api.asset.csv.TransactionCsv;
import dev.ollass.api.holding.DuplicateKey;
import dev.ollass.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final Map<String, Column> FIELD_COLUMNS = Map.of(
            AssetProblems.QUANTITY,
            Column.QUANTITY,
            AssetProblems.PRICE,
            Column.PRICE,
            AssetProblems.NAME,
            Column.CODE,
            AssetProblems.DATE,
            Column.TRADE_DATE,
            "purchase_currency_type",
            Column.CURRENCY,
            "account_type",
            Column.ACCOUNT,
            "investment_bank",
            Column.BROKER,
            "memo",
            Column.MEMO,
            "fee",
            Column.FEE,
            "stock_code",
            Column.CODE);

    private final AssetRules rules;
    private final AssetLines lines;
    private final AssetWrites writes;

    CsvImporter(AssetRules rules, AssetLines lines, AssetWrites writes) {
        this.rules = rules;
        this.lines = lines;
        this.writes = writes;
    }

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
        List<AssetLine> stored = writes.importLines(userId, () -> {
            Set<DuplicateKey> existing = lines.of(userId, Kind.TRADE).stream()
                    .map(line -> CsvLines.transaction(line).duplicateKey())
                    .collect(Collectors.toSet());
            List<CsvProblem> duplicates = new ArrayList<>();
            List<AssetLine> toInsert = new ArrayList<>();
            for (Line line : read.lines()) {
                // Compared as it would be stored: a row without 매매 is a buy, as on POST.
                DuplicateKey key = CsvLines.transaction(CsvLines.line(userId, line.transaction()))
                        .duplicateKey();
                if (existing.contains(key)) {
                    duplicates.add(new CsvProblem(
                            line.row(), "", "이미 등록된 거래입니다 (매매일자, 주식코드, 매매, 수량, 거래가, 계좌종류가 같은 거래가 있습니다)."));
                }
                toInsert.add(CsvLines.line(userId, line.transaction()));
            }
            if (!duplicates.isEmpty()) {
                throw refused(duplicates);
            }
            return toInsert;
        });
        return new Imported(stored, read.warnings());
    }

    /** The POST checks of one row, as row errors. */
    private List<CsvProblem> check(Line line) {
        CsvTransaction t = line.transaction();
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
            String field = String.valueOf(
                    e.getBody().getProperties() == null
                            ? ""
                            : e.getBody().getProperties().getOrDefault("field", ""));
            Column column = FIELD_COLUMNS.get(field);
            return List.of(new CsvProblem(
                    line.row(),
                    column == null ? field : column.korean(),
                    String.valueOf(e.getBody().getDetail())));
        }
    }

    static ProblemException refused(List<CsvProblem> errors) {
        var problem = new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "csv-import-refused",
                "CSV import refused",
                errors.size() + "건의 오류가 있어 아무것도 가져오지 않았습니다.",
                "");
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
