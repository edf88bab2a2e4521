package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.asset.csv.CsvTransaction;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Side;
import org.jspecify.annotations.Nullable;

/** Between the CSV codec's transactions and stored lines. */
final class CsvLines {

    private CsvLines() {}

    /** A CSV transaction as a line of the user; a missing 매매 is a buy, as on POST. */
    static AssetLine line(long userId, CsvTransaction transaction) {
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
                line.fee());
    }

    private static @Nullable Side side(@Nullable String stored) {
        return stored == null ? null : Side.valueOf(stored);
    }
}
