package dev.ollass.api.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The original's request and success bodies of the asset endpoints, and what was added to them. */
final class AssetBodies {

    private AssetBodies() {}

    /**
     * The original's {@code AssetStockPostRequest} (and, with {@code id}, {@code AssetStockPutRequest}); only
     * {@code stock_code} is required. Enumerations are the original's Korean values.
     */
    @Schema(
            description = "A trade. Only stock_code is required: a line without quantity, trade_date or"
                    + " purchase_currency_type is a draft, shown and left out of every calculation. quantity may"
                    + " have decimals (fractional shares); the original took whole numbers, which still work."
                    + " memo and fee are additions.")
    record AssetStockRequest(
            @Schema(description = "Required by PUT: the line to change, one of the caller's own") @Nullable
            Long id,

            @JsonProperty("trade_date") @Schema(description = "매매일자, the exchange-local trade date") @Nullable
            LocalDate tradeDate,

            @JsonProperty("purchase_currency_type")
            @Schema(description = "주식통화: KRW or USD, the currency of trade_price", example = "USD")
            @Nullable
            String purchaseCurrencyType,

            @Schema(description = "수량, shares as traded on trade_date (before later splits)", example = "10") @Nullable
            BigDecimal quantity,

            @JsonProperty("stock_code") @Schema(description = "주식코드", example = "AAPL") @Nullable
            String stockCode,

            @JsonProperty("account_type") @Schema(description = "계좌종류: ISA, IRP, 개인연금, 일반계좌, 기타") @Nullable
            String accountType,

            @JsonProperty("investment_bank")
            @Schema(description = "증권사: 토스증권, 미래에셋증권, 삼성투자증권, 한국투자증권, KB증권, 대신증권, NH투자증권," + " 신한투자증권, 키움증권")
            @Nullable
            String investmentBank,

            @JsonProperty("trade_price")
            @Schema(
                    description =
                            "거래가 per share as traded, in purchase_currency_type; empty: the" + " close of trade_date")
            @Nullable
            BigDecimal tradePrice,

            @Schema(description = "매매: 매수 (buy, the default) or 매도 (sell)", example = "매수") @Nullable
            String trade,

            @Schema(description = "Addition: a free-text note, at most 1000 characters") @Nullable
            String memo,

            @Schema(description = "Addition: what the trade cost, in purchase_currency_type") @Nullable
            BigDecimal fee) {}

    /** The original's success body of the asset endpoints. */
    record Done(@JsonProperty("status_code") int statusCode, String detail, String field) {}

    /** The original's {@code GET /bank-accounts}. */
    record BankAccounts(
            @JsonProperty("investment_bank_list") List<String> investmentBankList,
            @JsonProperty("account_list") List<String> accountList) {}
}
