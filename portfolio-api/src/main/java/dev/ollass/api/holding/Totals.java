package dev.ollass.api.holding;

import java.math.BigDecimal;

/**
 * The portfolio's totals (spec §5.4), summed over the holdings in KRW and in USD ({@link Amount#stock()}
 * is KRW here, the currency of the original's totals).
 *
 * @param marketValue {@code total_asset_amount}: what the held shares are worth
 * @param invested {@code total_invest_amount}: the cost of the held shares (sold shares left the cost
 *     when sold; the original kept them: §12.2 Q3, fixed)
 * @param unrealizedProfit {@code total_profit_amount}: market value − invested
 * @param unrealizedRate {@code total_profit_rate} (%, in KRW), 0 when nothing is invested
 * @param dividends {@code total_dividend_amount}
 * @param cash the recorded cash flows
 */
public record Totals(
        Amount marketValue,
        Amount invested,
        Amount unrealizedProfit,
        BigDecimal unrealizedRate,
        Amount realizedProfit,
        Amount dividends,
        Amount fees,
        CashSummary cash) {

    /**
     * The recorded cash flows, each converted with the rate of its date ({@link Amount#stock()} is KRW).
     *
     * @param netContributed deposits − withdrawals
     */
    public record CashSummary(
            Amount deposits, Amount withdrawals, Amount dividends, Amount taxes, Amount netContributed) {}
}
