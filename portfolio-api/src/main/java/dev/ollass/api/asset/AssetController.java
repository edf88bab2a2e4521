package dev.ollass.api.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.asset.AssetBodies.AssetStockRequest;
import dev.ollass.api.asset.AssetBodies.BankAccounts;
import dev.ollass.api.asset.AssetBodies.Done;
import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.auth.session.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The original's asset endpoints (spec §2.1), each on the caller's own lines only. */
@RestController
@RequestMapping("/api/asset/v1")
class AssetController {

    private final AssetLines lines;
    private final AssetWrites writes;
    private final AssetFields fields;
    private final PortfolioView view;
    private final SamplePortfolio sample;
    private final AssetStockCache cache;
    private final JsonMapper json;

    AssetController(
            AssetLines lines,
            AssetWrites writes,
            AssetFields fields,
            PortfolioView view,
            SamplePortfolio sample,
            AssetStockCache cache,
            JsonMapper json) {
        this.cache = cache;
        this.json = json;
        this.lines = lines;
        this.writes = writes;
        this.fields = fields;
        this.view = view;
        this.sample = sample;
    }

    /** The original's answer of {@code PUT /asset-field} and the deletes: no {@code field}. */
    record StatusDone(@JsonProperty("status_code") int statusCode, String detail) {}

    /** The original's create answer, plus the new line's {@code id} (an addition). */
    record Created(@JsonProperty("status_code") int statusCode, String detail, String field, long id) {}

    @Operation(
            summary = "The caller's asset-table columns, in order",
            description = "The defaults are stored and returned when the caller has none yet.")
    @GetMapping("/asset-field")
    List<String> assetField(Caller caller) {
        return fields.of(caller.userId());
    }

    @Operation(
            summary = "Set the caller's asset-table columns",
            description = "The original's checks, in its order: not empty; 종목명, 매매, 수량, 매매일자 all present;"
                    + " no duplicates; only allowed columns (the original's 17 plus 메모 and 수수료); the four"
                    + " required first, in that order. Works without a prior GET (the original failed with 500).")
    @PutMapping("/asset-field")
    StatusDone updateAssetField(Caller caller, @RequestBody List<String> columns) {
        AssetFields.refusal(columns).ifPresent(detail -> {
            throw AssetProblems.invalidFields(detail);
        });
        fields.replace(caller.userId(), columns);
        cache.changed(caller.userId());
        return new StatusDone(200, "자산관리 필드를 성공적으로 수정 하였습니다.");
    }

    @Operation(summary = "The brokers (증권사) and account types (계좌종류) a line may name")
    @GetMapping("/bank-accounts")
    BankAccounts bankAccounts() {
        return new BankAccounts(Vocabulary.INVESTMENT_BANKS, Vocabulary.ACCOUNT_TYPES);
    }

    @Operation(
            summary = "The caller's asset table: holdings per stock, their lines, totals",
            description = "The original's shape and Korean keys. Changed meaning (the original's were wrong):"
                    + " sells reduce the holding and realize profit against the average cost; a split after a"
                    + " trade multiplies its shares and divides its price (trades are stored as traded, the"
                    + " history is split-adjusted); a price in the other currency is converted at the USDKRW"
                    + " rate of its date; per-row dividends have no 1.0 default. Draft lines (without quantity,"
                    + " trade_date or purchase_currency_type) show with empty computed columns and count nowhere.")
    @ApiResponse(
            responseCode = "200",
            description = "the table (kept per user in Redis until the user's lines or columns or the market"
                    + " data change, at most ollass.asset.asset-stock-cache-ttl)",
            content = @Content(schema = @Schema(implementation = AssetTable.class)))
    @GetMapping(value = "/assetstock", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> assetStock(
            Caller caller,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) @org.jspecify.annotations.Nullable
                    String encodings) {
        long userId = caller.userId();
        byte[] gzipped = cache.answer(userId, () -> {
            AssetTable table = view.table(lines.all(userId), fields.shown(userId));
            return Gzip.compress(out -> AssetTableJson.write(json, table, out));
        });
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (Gzip.accepted(encodings)) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzipped);
        }
        return answer.body(Gzip.decompress(gzipped));
    }

    @Operation(
            summary = "Record a trade",
            description = "The original's checks (§2.5), first failing wins: enumerations (422), 수량 0..10,000 and"
                    + " 거래가 0..10,000,000 (400), a known stock (404), a bar on trade_date unless it is today by the"
                    + " market clock (422), a Korean stock in KRW only (422); then a sell may not sell more than"
                    + " was held on its date (409). Answers 201 with the original's body and the new line's id.")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/assetstock")
    ResponseEntity<Created> create(Caller caller, @RequestBody AssetStockRequest request) {
        AssetLine line = writes.create(caller.userId(), request);
        return ResponseEntity.created(URI.create("/api/asset/v1/assetstock/" + line.id()))
                .body(new Created(201, "주식 자산 성공적으로 등록 했습니다.", "", line.id()));
    }

    @Operation(
            summary = "Edit one of the caller's trades",
            description = "A field left out keeps its value (as in the original). The create's checks apply,"
                    + " bounds included (the original skipped them here), and no sell of the stock may end up"
                    + " larger than the holding on its date. An id that is not the caller's answers 404, exactly"
                    + " like one that does not exist (the original let anyone edit any line, §12.1 S1).")
    @PutMapping("/assetstock")
    Done edit(Caller caller, @RequestBody AssetStockRequest request) {
        writes.edit(caller.userId(), request);
        return new Done(200, "주식 자산을 성공적으로 수정 하였습니다.", "");
    }

    @Operation(
            summary = "Delete one of the caller's lines",
            description = "Deleted for good. Refused (409) when a later sell would then sell more than was held."
                    + " Another user's id answers 404 like one that does not exist.")
    @DeleteMapping("/assetstock/{asset_id}")
    StatusDone delete(Caller caller, @PathVariable("asset_id") long assetId) {
        writes.delete(caller.userId(), assetId, Kind.TRADE, AssetProblems::deleteNotFound);
        return new StatusDone(200, "주식 자산이 성공적으로 삭제 되었습니다.");
    }

    @Operation(summary = "Delete all the caller's lines of one stock (the table's parent row)")
    @DeleteMapping("/assetstock/stock/{stock_code}")
    StatusDone deleteStock(Caller caller, @PathVariable("stock_code") String stockCode) {
        writes.deleteStock(caller.userId(), stockCode);
        return new StatusDone(200, "부모행을 성공적으로 삭제 하였습니다.");
    }

    @Operation(
            summary = "The sample portfolio's asset table",
            description = "A fixed portfolio defined with the service (sample-portfolio.csv), valued like any user's;"
                    + " no user's data. Lines without market data are drafts.")
    @GetMapping("/sample/assetstock")
    AssetTable sampleAssetStock() {
        return view.table(sample.lines(), AssetFields.ALLOWED.subList(0, 17));
    }
}
