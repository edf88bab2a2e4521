package dev.ollass.contracts.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a user's portfolio as stored: a trade as traded (quantity and price on the trade date,
 * never split-adjusted) or a cash flow. Every field but the id and the kind may be empty: a draft line.
 *
 * @param id the line's id in the API
 * @param kind {@code TRADE}, {@code DEPOSIT}, {@code WITHDRAWAL}, {@code DIVIDEND} or {@code TAX}
 * @param stockCode the stock of a trade (or of a dividend or tax, when given)
 * @param tradeDate the exchange-local date of the trade or cash flow
 * @param side {@code BUY} or {@code SELL} for a trade
 * @param quantity shares traded
 * @param price per share for a trade, the whole amount for a cash flow, in {@code currency}
 * @param currency {@code KRW} or {@code USD}
 * @param accountType the original's 계좌종류 value
 * @param investmentBank the original's 증권사 value
 * @param fee what the trade cost, in {@code currency}
 * @param memo the user's note
 */
public record TransactionRecord(
        long id,
        String kind,
        @Nullable String stockCode,
        @Nullable LocalDate tradeDate,
        @Nullable String side,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String accountType,
        @Nullable String investmentBank,
        @Nullable BigDecimal fee,
        @Nullable String memo) {}
