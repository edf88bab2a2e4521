package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.asset.csv.CsvTransaction;
import dev.ollass.api.holding.CashFlowType;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.DuplicateKey;
import dev.ollass.api.holding.Side;
import org.jspecify.annotations.Nullable;

/** Between the CSV codec's transactions and stored lines. */
final class CsvLines {

    private CsvLines() {}

    /**
     * What makes two lines the same for a re-import: their kind (a trade or which cash flow) and the {@link
     * DuplicateKey} (date, symbol, side, quantity, price or amount, account).
     */
    record Duplicate(Kind kind, DuplicateKey key) {

        static Duplicate of(AssetLine line) {
            return new Duplicate(line.kind(), transaction(line).duplicateKey());
        }
    }

    /** A CSV transaction as a line of the user; a trade's missing 매매 is a buy, as on POST. */
    static AssetLine line(long userId, CsvTransaction transaction) {
        CashFlowType cashFlow = transaction.cashFlow();
        if (cashFlow != null) {
            return new AssetLine(
                    0,
                    userId,
                    Kind.valueOf(cashFlow.name()),
                    transaction.code().isEmpty() ? null : transaction.code(),
                    transaction.tradeDate(),
                    null,
                    null,
                    transaction.price(),
                    transaction.currency() == null
                            ? null
                            : transaction.currency().name(),
                    transaction.account(),
                    transaction.broker(),
                    null,
                    transaction.memo());
        }
        Side side = transaction.side() == null ? Side.BUY : transaction.side();
        return new AssetLine(
                0,
                userId,
                Kind.TRADE,
                transaction.code(),
                transaction.tradeDate(),
                side.name(),
                transaction.quantity(),
                transaction.price(),
                transaction.currency() == null ? null : transaction.currency().name(),
                transaction.account(),
                transaction.broker(),
                transaction.fee(),
                transaction.memo());
    }

    /** A stored line as a spreadsheet row: a trade, or a cash flow with its amount as the price. */
    static CsvTransaction transaction(AssetLine line) {
        return new CsvTransaction(
                line.tradeDate(),
                line.stockCode() == null ? "" : line.stockCode(),
                side(line.trade()),
                line.quantity(),
                line.tradePrice(),
                line.currency() == null ? null : Currency.valueOf(line.currency()),
                line.accountType(),
                line.investmentBank(),
                line.memo(),
                line.fee(),
                line.kind() == Kind.TRADE
                        ? null
                        : CashFlowType.valueOf(line.kind().name()));
    }

    private static @Nullable Side side(@Nullable String stored) {
        return stored == null ? null : Side.valueOf(stored);
    }
}
