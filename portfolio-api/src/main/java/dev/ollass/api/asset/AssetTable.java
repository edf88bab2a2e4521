package dev.ollass.api.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The original's {@code AssetStockResponse} (spec §2.6): the Korean keys and the shape are the wire contract.
 * What the numbers mean changed where the original was wrong (§5.1, §12.2 Q3-Q5); the descriptions say how.
 */
@Schema(
        description = "The caller's asset table. Changed meaning: sells reduce holdings (average-cost method), splits"
                + " after a trade multiply its shares and divide its price (the recorded history is split-adjusted,"
                + " trades are stored as traded), a price entered in the other currency is converted with the"
                + " USDKRW rate of the trade date, and draft lines (no quantity, date or currency) are shown with"
                + " empty computed columns and left out of every total.")
record AssetTable(
        @JsonProperty("stock_assets") List<Group> stockAssets,
        @JsonProperty("asset_fields") List<String> assetFields,

        @JsonProperty("total_asset_amount")
        @Schema(description = "KRW: what the shares held now are worth (sold shares no longer count)")
        BigDecimal totalAssetAmount,

        @JsonProperty("total_invest_amount")
        @Schema(description = "KRW: the average cost of the shares held now, converted at each buy's date")
        BigDecimal totalInvestAmount,

        @JsonProperty("total_profit_rate") @Schema(description = "% unrealized: total_profit_amount / invest")
        BigDecimal totalProfitRate,

        @JsonProperty("total_profit_amount") @Schema(description = "KRW unrealized: asset − invest")
        BigDecimal totalProfitAmount,

        @JsonProperty("total_dividend_amount")
        @Schema(description = "KRW: dividends the held shares received (ex-dates after each buy)")
        BigDecimal totalDividendAmount,

        @JsonProperty("dollar_exchange") @Schema(description = "USD per KRW, 1 / won_exchange")
        BigDecimal dollarExchange,

        @JsonProperty("won_exchange") @Schema(description = "KRW per USD, the latest USDKRW rate")
        BigDecimal wonExchange,

        @JsonProperty("total_realized_profit_amount")
        @Schema(description = "Addition, KRW: profit of every sell against the average cost")
        BigDecimal totalRealizedProfitAmount,

        @JsonProperty("total_deposit_amount")
        @Schema(description = "Addition, KRW: the recorded deposits (입금), each at the USDKRW rate of its date")
        BigDecimal totalDepositAmount,

        @JsonProperty("total_withdrawal_amount")
        @Schema(description = "Addition, KRW: the recorded withdrawals (출금), each at the USDKRW rate of its date")
        BigDecimal totalWithdrawalAmount,

        @JsonProperty("net_contribution_amount")
        @Schema(description = "Addition, KRW: total_deposit_amount − total_withdrawal_amount, the money put in")
        BigDecimal netContributionAmount,

        @JsonProperty("total_received_dividend_amount")
        @Schema(
                description = "Addition, KRW: the dividends recorded as received (cash flows of type DIVIDEND, as the"
                        + " broker paid them), each at the rate of its date; total_dividend_amount is what the market"
                        + " data says the held shares earned, counted apart")
        BigDecimal totalReceivedDividendAmount,

        @JsonProperty("total_tax_amount")
        @Schema(description = "Addition, KRW: the recorded taxes (세금), each at the USDKRW rate of its date")
        BigDecimal totalTaxAmount) {

    /** A stock's parent row and its lines (newest id first). */
    record Group(Parent parent, List<Row> sub) {}

    /** The original's {@code AggregateStockAsset}, now a holding, plus additions. */
    @Schema(
            description = "One stock held (or sold out). Changed meaning: 수량 is the shares held now (after sells,"
                    + " in today's units after splits); 수익금 and 수익률 are unrealized, on the shares held, in the"
                    + " stock's currency (주식통화); 배당금 is what the held shares received. Additions: 주식코드,"
                    + " 주식통화, 평균단가, 실현수익금, 투자금, 평가금.")
    record Parent(
            @JsonProperty("종목명") String name,
            @JsonProperty("수익률") BigDecimal profitRate,
            @JsonProperty("수익금") BigDecimal profit,
            @JsonProperty("배당금") BigDecimal dividend,
            @JsonProperty("수량") BigDecimal quantity,
            @JsonProperty("주식코드") String code,
            @JsonProperty("주식통화") String currency,
            @JsonProperty("평균단가") BigDecimal averageCost,
            @JsonProperty("실현수익금") BigDecimal realizedProfit,
            @JsonProperty("투자금") BigDecimal invested,
            @JsonProperty("평가금") BigDecimal marketValue) {}

    /** The original's {@code StockAssetRow}: one line as entered, with its computed columns. */
    @Schema(
            description = "One line as entered (수량, 거래가, 매매일자 as traded) with its computed columns, empty for a"
                    + " draft, in the row's currency (주식통화, else the stock's). Changed meaning: 현재가 is per today's"
                    + " share; 시가/고가/저가/종가 are the trade date's bar per share as traded (the split-adjusted"
                    + " history divided back by later splits); 수익률/수익금 of a buy count its shares still held, of a"
                    + " sell its realized profit against the average cost; 배당금 has no 1.0 default (Q4)."
                    + " Additions: 메모, 수수료, 거래유형 (TRADE).")
    record Row(
            long id,
            @JsonProperty("거래가") @Nullable BigDecimal tradePrice,
            @JsonProperty("거래금") @Nullable BigDecimal tradeAmount,
            @JsonProperty("거래량") @Nullable Long volume,
            @JsonProperty("계좌종류") @Nullable String accountType,
            @JsonProperty("고가") @Nullable BigDecimal high,
            @JsonProperty("매매일자") @Nullable LocalDate tradeDate,
            @JsonProperty("배당금") @Nullable BigDecimal dividend,
            @JsonProperty("수량") @Nullable BigDecimal quantity,
            @JsonProperty("수익금") @Nullable BigDecimal profit,
            @JsonProperty("수익률") @Nullable BigDecimal profitRate,
            @JsonProperty("종가") @Nullable BigDecimal close,
            @JsonProperty("시가") @Nullable BigDecimal open,
            @JsonProperty("저가") @Nullable BigDecimal low,
            @JsonProperty("종목명") String name,
            @JsonProperty("주식코드") String code,
            @JsonProperty("주식통화") @Nullable String currency,
            @JsonProperty("증권사") @Nullable String investmentBank,
            @JsonProperty("현재가") @Nullable BigDecimal currentPrice,
            @JsonProperty("매매") @Nullable String trade,
            @JsonProperty("메모") @Nullable String memo,
            @JsonProperty("수수료") @Nullable BigDecimal fee,
            @JsonProperty("거래유형") String kind) {}
}
