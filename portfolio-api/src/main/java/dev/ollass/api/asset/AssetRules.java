package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetBodies.AssetStockRequest;
import dev.ollass.api.asset.MarketFacts.Stock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The original's checks of a trade (spec §2.5), first failing rule wins, on POST and now on PUT too (the
 * original skipped the bounds on PUT): enumerations, bounds, then the market's facts.
 */
@Component
class AssetRules {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("10000");
    static final BigDecimal MAX_PRICE = new BigDecimal("10000000");
    static final int MAX_MEMO = 1000;

    private final MarketFacts market;
    private final MarketToday today;

    AssetRules(MarketFacts market, MarketToday today) {
        this.market = market;
        this.today = today;
    }

    /** Checks what the request itself says, before anything is read. */
    static void checkShape(AssetStockRequest request) {
        checkEnum("purchase_currency_type", request.purchaseCurrencyType(), Vocabulary.CURRENCIES::contains);
        checkEnum("account_type", request.accountType(), Vocabulary.ACCOUNT_TYPES::contains);
        checkEnum("investment_bank", request.investmentBank(), Vocabulary.INVESTMENT_BANKS::contains);
        checkEnum("trade", request.trade(), Vocabulary.TRADES::containsKey);
        checkBounds(request.quantity(), request.tradePrice());
        if (request.memo() != null && request.memo().length() > MAX_MEMO) {
            throw AssetProblems.memoTooLong(MAX_MEMO);
        }
        if (request.fee() != null && request.fee().signum() < 0) {
            throw AssetProblems.negativeFee();
        }
        if (request.stockCode() == null || request.stockCode().isBlank()) {
            throw AssetProblems.missingStockCode();
        }
    }

    /** The original's messages, word for word; 0 passes, as it did. */
    static void checkBounds(@Nullable BigDecimal quantity, @Nullable BigDecimal price) {
        if (quantity != null && quantity.compareTo(MAX_QUANTITY) > 0) {
            throw AssetProblems.invalidLine("수량은 10,000을 넘길 수 없습니다.", AssetProblems.QUANTITY);
        }
        if (quantity != null && quantity.signum() < 0) {
            throw AssetProblems.invalidLine("수량은 음수일 수 없습니다.", AssetProblems.QUANTITY);
        }
        if (price != null && price.compareTo(MAX_PRICE) > 0) {
            throw AssetProblems.invalidLine("현재가가 10,000,000을 넘길 수 없습니다.", AssetProblems.PRICE);
        }
        if (price != null && price.signum() < 0) {
            throw AssetProblems.invalidLine("현재가가 음수일 수 없습니다.", AssetProblems.PRICE);
        }
    }

    private static void checkEnum(String field, @Nullable String value, Predicate<String> allowed) {
        if (value != null && !allowed.test(value)) {
            throw AssetProblems.notAllowed(field, value);
        }
    }

    /** The market's facts about a line as it would be stored: a known stock, a bar on its date, won for a Korean stock. */
    Stock checkMarket(String code, @Nullable LocalDate tradeDate, @Nullable String currency) {
        Stock stock = market.stock(code).orElseThrow(() -> AssetProblems.unknownStock(code));
        if (tradeDate != null && !today.isToday(tradeDate, stock.exchangeZone()) && !market.hasBar(code, tradeDate)) {
            throw AssetProblems.noBarOnDate(code, tradeDate);
        }
        if (currency != null && stock.korean() && !"KRW".equals(currency)) {
            throw AssetProblems.koreanStockInWon(code);
        }
        return stock;
    }
}
