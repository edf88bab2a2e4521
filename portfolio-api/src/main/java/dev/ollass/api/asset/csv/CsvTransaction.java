package dev.ollass.api.asset.csv;

import dev.ollass.api.holding.CashFlowType;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.DuplicateKey;
import dev.ollass.api.holding.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One transaction line of a spreadsheet, with the original's fields ({@code 매매일자}, {@code 주식코드},
 * {@code 매매}, {@code 수량}, {@code 거래가}, {@code 주식통화}, {@code 계좌종류}, {@code 증권사}) and the
 * added memo and fee. Only the code is required: a line may be a draft, as in the user's table.
 * Account and broker are kept as written; whether they are among the original's values is the
 * importer's check. Code, account, broker and memo are kept without surrounding blanks, a blank one as
 * absent.
 *
 * <p>A cash flow (a deposit, withdrawal, dividend received or tax paid, column {@code 거래유형}) is a row
 * too: its amount in the price column ({@code 거래가}), in {@code currency}, on {@code tradeDate}; its code
 * (the stock of a dividend or tax) may be blank; it has no side and no quantity.
 *
 * @param fee in {@code currency} (the price's)
 * @param cashFlow the cash flow this row is, or {@code null} for a trade
 */
public record CsvTransaction(
        @Nullable LocalDate tradeDate,
        String code,
        @Nullable Side side,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal price,
        @Nullable Currency currency,
        @Nullable String account,
        @Nullable String broker,
        @Nullable String memo,
        @Nullable BigDecimal fee,
        @Nullable CashFlowType cashFlow) {

    /** A trade. */
    public CsvTransaction(
            @Nullable LocalDate tradeDate,
            String code,
            @Nullable Side side,
            @Nullable BigDecimal quantity,
            @Nullable BigDecimal price,
            @Nullable Currency currency,
            @Nullable String account,
            @Nullable String broker,
            @Nullable String memo,
            @Nullable BigDecimal fee) {
        this(tradeDate, code, side, quantity, price, currency, account, broker, memo, fee, null);
    }

    public CsvTransaction {
        code = code.strip();
        account = text(account);
        broker = text(broker);
        memo = text(memo);
    }

    /** Blank is absent; surrounding blanks do not count. */
    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The key a re-import compares: date, symbol, side, quantity, price, account (of a cash flow, whose type
     * the key does not hold, compare the type too).
     */
    public DuplicateKey duplicateKey() {
        return new DuplicateKey(tradeDate, code, side, quantity, price, account);
    }
}
