package dev.ollass.api.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.asset.CsvImporter.Imported;
import dev.ollass.api.asset.csv.CsvProblem;
import dev.ollass.api.asset.csv.TransactionCsv;
import dev.ollass.api.auth.session.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Addition: the caller's trades as a spreadsheet (CSV), out and in. */
@RestController
@RequestMapping("/api/asset/v1/assetstock/csv")
class CsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AssetLines lines;
    private final CsvImporter importer;

    CsvController(AssetLines lines, CsvImporter importer) {
        this.lines = lines;
        this.importer = importer;
    }

    /** The import's answer: the original's create body, plus what was imported and what was ignored. */
    record ImportDone(
            @JsonProperty("status_code") int statusCode,
            String detail,
            String field,
            int imported,
            List<Long> ids,
            List<CsvProblem> warnings) {}

    @Operation(
            summary = "The caller's trades and cash flows as CSV",
            description = "UTF-8 with a byte order mark (so that Excel reads the Korean header), comma separated,"
                    + " oldest line first; the columns 매매일자, 주식코드, 매매, 수량, 거래가, 주식통화, 계좌종류, 증권사,"
                    + " 메모, 수수료, 거래유형. Quantities and prices as traded. 거래유형 is TRADE for a trade, else the"
                    + " cash flow's type (DEPOSIT, WITHDRAWAL, DIVIDEND, TAX), whose amount is in 거래가.")
    @GetMapping(produces = "text/csv")
    ResponseEntity<byte[]> export(Caller caller) throws IOException {
        var out = new StringWriter();
        TransactionCsv.write(
                lines.all(caller.userId()).stream()
                        .sorted(Comparator.comparingLong(AssetLine::id))
                        .map(CsvLines::transaction)
                        .toList(),
                out);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ollass-transactions.csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Operation(
            summary = "Import trades and cash flows from CSV, all or nothing",
            description = "The body is the file (text/csv). Headers in Korean or English (매매일자/date,"
                    + " 주식코드/symbol, 매매/side, 수량/quantity, 거래가/price, 주식통화/currency, 계좌종류/account,"
                    + " 증권사/broker, 메모/memo, 수수료/fee, 거래유형/kind), comma, semicolon or tab separated. A row whose"
                    + " 거래유형 is DEPOSIT (입금), WITHDRAWAL (출금), DIVIDEND (배당) or TAX (세금) is a cash flow, its"
                    + " amount in 거래가, checked like POST /cashflow; every other row is a trade, checked like"
                    + " POST /assetstock. A row equal to a line the caller has (kind, date, symbol, side, quantity,"
                    + " price, account) is refused as a duplicate. Any error: nothing is imported and the 422"
                    + " problem's `errors` lists each as {row, column, reason} (the header is row 1). Over 2 MiB or"
                    + " 10,000 rows: 413 csv-too-large. A sell larger than the holding on its date: 409"
                    + " csv-import-sell-exceeds-holding, nothing imported, `errors` naming the row of each such sell"
                    + " (or of the imported sells that leave an earlier recorded sell uncovered).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "201", description = "imported")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<ImportDone> importCsv(Caller caller, HttpServletRequest request) throws IOException {
        Imported imported = importer.importCsv(caller.userId(), request.getInputStream());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportDone(
                        201,
                        imported.lines().size() + "건의 거래를 성공적으로 가져왔습니다.",
                        "",
                        imported.lines().size(),
                        imported.lines().stream().map(AssetLine::id).toList(),
                        imported.warnings()));
    }
}
