package dev.ollass.api.asset;

import dev.ollass.web.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The checks of a cash flow, the same on {@code POST /cashflow} and in a CSV import, first failing rule wins:
 * a date, a positive amount up to 1,000,000,000,000, KRW or USD, the original's account types and brokers, a
 * memo up to {@value AssetRules#MAX_MEMO} characters, a known stock when one is named.
 */
@Component
class CashFlowRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final MarketFacts market;

    CashFlowRules(MarketFacts market) {
        this.market = market;
    }

    /**
     * Checks a cash flow's values.
     *
     * @return the stock code stripped, or {@code null} when none is named
     */
    @Nullable
    String check(
            @Nullable LocalDate date,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable String stockCode,
            @Nullable String accountType,
            @Nullable String investmentBank,
            @Nullable String memo) {
        if (date == null) {
            throw invalid("date가 필요합니다.", "date");
        }
        if (amount == null || amount.signum() <= 0) {
            throw invalid("amount는 0보다 커야 합니다.", "amount");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw invalid("amount는 1,000,000,000,000을 넘길 수 없습니다.", "amount");
        }
        if (currency == null || !Vocabulary.CURRENCIES.contains(currency)) {
            throw AssetProblems.notAllowed("currency", String.valueOf(currency));
        }
        if (accountType != null && !Vocabulary.ACCOUNT_TYPES.contains(accountType)) {
            throw AssetProblems.notAllowed("account_type", accountType);
        }
        if (investmentBank != null && !Vocabulary.INVESTMENT_BANKS.contains(investmentBank)) {
            throw AssetProblems.notAllowed("investment_bank", investmentBank);
        }
        if (memo != null && memo.length() > AssetRules.MAX_MEMO) {
            throw AssetProblems.memoTooLong(AssetRules.MAX_MEMO);
        }
        String code = stockCode == null || stockCode.isBlank() ? null : stockCode.strip();
        if (code != null && market.stock(code).isEmpty()) {
            throw AssetProblems.unknownStock(code);
        }
        return code;
    }

    private static ProblemException invalid(String detail, String field) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-cash-flow", "Invalid cash flow", detail, field);
    }
}
