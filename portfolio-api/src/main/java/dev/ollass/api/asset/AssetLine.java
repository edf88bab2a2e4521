package dev.ollass.api.asset;

import dev.ollass.contracts.portfolio.TransactionRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stored line of a user's asset table, as traded: a trade or a cash flow ({@link Kind}). Values as the
 * schema stores them ({@code BUY}/{@code SELL}, not the wire's Korean words).
 */
record AssetLine(
        long id,
        long userId,
        Kind kind,
        @Nullable String stockCode,
        @Nullable LocalDate tradeDate,
        @Nullable String trade,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal tradePrice,
        @Nullable String currency,
        @Nullable String accountType,
        @Nullable String investmentBank,
        @Nullable BigDecimal fee,
        @Nullable String memo) {

    enum Kind {
        TRADE,
        DEPOSIT,
        WITHDRAWAL,
        DIVIDEND,
        TAX
    }

    /**
     * A trade with everything a calculation needs (the original's "complete" line); a draft line is shown
     * and left out of every calculation. A missing price is no draft: the close of the trade date stands in.
     */
    boolean complete() {
        return kind == Kind.TRADE
                && stockCode != null
                && tradeDate != null
                && trade != null
                && quantity != null
                && currency != null;
    }

    boolean isSell() {
        return "SELL".equals(trade);
    }

    AssetLine withId(long newId) {
        return new AssetLine(
                newId,
                userId,
                kind,
                stockCode,
                tradeDate,
                trade,
                quantity,
                tradePrice,
                currency,
                accountType,
                investmentBank,
                fee,
                memo);
    }

    TransactionRecord record() {
        return new TransactionRecord(
                id,
                kind.name(),
                stockCode,
                tradeDate,
                trade,
                quantity,
                tradePrice,
                currency,
                accountType,
                investmentBank,
                fee,
                memo);
    }
}
