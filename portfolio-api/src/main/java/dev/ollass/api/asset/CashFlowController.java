package dev.ollass.api.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.asset.AssetController.StatusDone;
import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.auth.session.Caller;
import dev.ollass.api.holding.CashFlowType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Addition: the caller's cash flows (deposits, withdrawals, dividends received, taxes paid), which returns
 * need beside the trades. Stored with the trades, published on the same topic, counted in the totals' cash.
 */
@RestController
@RequestMapping("/api/asset/v1/cashflow")
class CashFlowController {

    private final AssetLines lines;
    private final AssetWrites writes;
    private final CashFlowRules rules;

    CashFlowController(AssetLines lines, AssetWrites writes, CashFlowRules rules) {
        this.lines = lines;
        this.writes = writes;
        this.rules = rules;
    }

    @Schema(description = "A cash flow: money in or out of an account, a dividend received, a tax paid")
    record CashFlowRequest(
            @Schema(description = "DEPOSIT (입금), WITHDRAWAL (출금), DIVIDEND (배당) or TAX (세금)", example = "DEPOSIT")
            @Nullable
            String type,

            @Schema(description = "the date it happened") @Nullable
            LocalDate date,

            @Schema(description = "positive; the type says which way it went", example = "1000000") @Nullable
            BigDecimal amount,

            @Schema(description = "KRW or USD", example = "KRW") @Nullable
            String currency,

            @JsonProperty("stock_code") @Schema(description = "the stock of a dividend or tax, optional") @Nullable
            String stockCode,

            @JsonProperty("account_type") @Nullable String accountType,
            @JsonProperty("investment_bank") @Nullable String investmentBank,
            @Nullable String memo) {}

    record CashFlowView(
            long id,
            String type,
            @Nullable LocalDate date,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @JsonProperty("stock_code") @Nullable String stockCode,
            @JsonProperty("account_type") @Nullable String accountType,
            @JsonProperty("investment_bank") @Nullable String investmentBank,
            @Nullable String memo) {}

    @Operation(summary = "Record a cash flow", description = "Answers 201 with the new id.")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<AssetController.Created> create(Caller caller, @RequestBody CashFlowRequest request) {
        Kind kind = Optional.ofNullable(request.type())
                .flatMap(CashFlowType::parse)
                .map(type -> Kind.valueOf(type.name()))
                .orElseThrow(() -> AssetProblems.notAllowed("type", String.valueOf(request.type())));
        String code = rules.check(
                request.date(),
                request.amount(),
                request.currency(),
                request.stockCode(),
                request.accountType(),
                request.investmentBank(),
                request.memo());
        AssetLine stored = writes.recordCashFlow(new AssetLine(
                0,
                caller.userId(),
                kind,
                code,
                request.date(),
                null,
                null,
                request.amount(),
                request.currency(),
                request.accountType(),
                request.investmentBank(),
                null,
                request.memo()));
        return ResponseEntity.created(URI.create("/api/asset/v1/cashflow/" + stored.id()))
                .body(new AssetController.Created(201, "현금 흐름을 성공적으로 등록 했습니다.", "", stored.id()));
    }

    @Operation(summary = "The caller's cash flows, newest first")
    @GetMapping
    List<CashFlowView> list(Caller caller) {
        return lines.all(caller.userId()).stream()
                .filter(line -> line.kind() != Kind.TRADE)
                .map(line -> new CashFlowView(
                        line.id(),
                        line.kind().name(),
                        line.tradeDate(),
                        line.tradePrice(),
                        line.currency(),
                        line.stockCode(),
                        line.accountType(),
                        line.investmentBank(),
                        line.memo()))
                .toList();
    }

    @Operation(summary = "Delete one of the caller's cash flows", description = "Another user's id answers 404.")
    @DeleteMapping("/{id}")
    StatusDone delete(Caller caller, @PathVariable long id) {
        for (Kind kind : List.of(Kind.DEPOSIT, Kind.WITHDRAWAL, Kind.DIVIDEND, Kind.TAX)) {
            if (lines.find(caller.userId(), id, kind).isPresent()) {
                writes.delete(caller.userId(), id, kind, AssetProblems::cashFlowNotFound);
                return new StatusDone(200, "현금 흐름이 성공적으로 삭제 되었습니다.");
            }
        }
        throw AssetProblems.cashFlowNotFound();
    }
}
