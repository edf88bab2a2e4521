package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetBodies.AssetStockRequest;
import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.auth.outbox.Outbox;
import dev.ollass.api.auth.outbox.OutboxRelay;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.api.holding.SellCheck;
import dev.ollass.api.holding.SellCheck.Oversold;
import dev.ollass.api.holding.Trade;
import dev.ollass.api.holding.history.MarketHistoryReader;
import dev.ollass.contracts.portfolio.TransactionsChanged;
import dev.ollass.contracts.portfolio.TransactionsChanged.Change;
import dev.ollass.contracts.topic.Topics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a user's asset lines: in one transaction that holds the user's row lock, the line is
 * checked against the market, written, the user's sells of the touched stocks are checked against their
 * holdings as the lines now stand (so editing or deleting an earlier buy cannot leave a later sell larger
 * than what was held), and the change is stored in the outbox. After the commit the outbox is published.
 */
@Service
class AssetWrites {

    private final AssetLines lines;
    private final AssetRules rules;
    private final MarketHistoryReader market;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final AssetStockCache cache;
    private final Clock clock = Clock.systemUTC();

    AssetWrites(
            AssetLines lines,
            AssetRules rules,
            MarketHistoryReader market,
            @PortfolioDatabase TransactionTemplate transactions,
            Outbox outbox,
            OutboxRelay relay,
            AssetStockCache cache) {
        this.lines = lines;
        this.rules = rules;
        this.market = market;
        this.transactions = transactions;
        this.outbox = outbox;
        this.relay = relay;
        this.cache = cache;
    }

    /** A new trade; a missing 매매 is a buy, as in the original. */
    AssetLine create(long userId, AssetStockRequest request) {
        AssetRules.checkShape(request);
        String code = request.stockCode().strip();
        rules.checkMarket(code, request.tradeDate(), request.purchaseCurrencyType());
        AssetLine line = new AssetLine(
                0,
                userId,
                Kind.TRADE,
                code,
                request.tradeDate(),
                Vocabulary.storedTrade(request.trade() == null ? Vocabulary.BUY : request.trade())
                        .orElseThrow(),
                request.quantity(),
                request.tradePrice(),
                request.purchaseCurrencyType(),
                request.accountType(),
                request.investmentBank(),
                request.fee(),
                request.memo());
        return inOwnersTransaction(userId, () -> {
            AssetLine stored = lines.insert(line);
            checkSells(userId, List.of(code));
            publish(userId, Change.RECORDED, List.of(stored), List.of());
            return stored;
        });
    }

    /**
     * Edits one of the user's trades: a field left out (null) keeps its value, as in the original; a foreign
     * or unknown id is not found. The bounds and market checks run on the line as it would be stored.
     */
    AssetLine edit(long userId, AssetStockRequest request) {
        if (request.id() == null) {
            throw AssetProblems.missingId();
        }
        AssetRules.checkShape(request);
        long id = request.id();
        return inOwnersTransaction(userId, () -> {
            AssetLine old = lines.find(userId, id, Kind.TRADE).orElseThrow(AssetProblems::lineNotFound);
            AssetLine edited = new AssetLine(
                    id,
                    userId,
                    Kind.TRADE,
                    request.stockCode().strip(),
                    or(request.tradeDate(), old.tradeDate()),
                    request.trade() == null
                            ? old.trade()
                            : Vocabulary.storedTrade(request.trade()).orElseThrow(),
                    or(request.quantity(), old.quantity()),
                    or(request.tradePrice(), old.tradePrice()),
                    or(request.purchaseCurrencyType(), old.currency()),
                    or(request.accountType(), old.accountType()),
                    or(request.investmentBank(), old.investmentBank()),
                    or(request.fee(), old.fee()),
                    or(request.memo(), old.memo()));
            rules.checkMarket(edited.stockCode(), edited.tradeDate(), edited.currency());
            lines.update(edited);
            checkSells(userId, codes(old, edited));
            publish(userId, Change.EDITED, List.of(edited), List.of());
            return edited;
        });
    }

    /** Deletes one of the user's lines of a kind; a foreign or unknown id is not found. */
    void delete(long userId, long id, Kind kind, Supplier<RuntimeException> notFound) {
        inOwnersTransaction(userId, () -> {
            AssetLine old = lines.find(userId, id, kind).orElseThrow(notFound);
            lines.delete(userId, id, kind);
            if (old.stockCode() != null && kind == Kind.TRADE) {
                checkSells(userId, List.of(old.stockCode()));
            }
            publish(userId, Change.REMOVED, List.of(), List.of(id));
            return old;
        });
    }

    /** Deletes all the user's trades of a stock (the table's parent row). */
    void deleteStock(long userId, String code) {
        inOwnersTransaction(userId, () -> {
            List<Long> ids = lines.deleteTrades(userId, code);
            if (ids.isEmpty()) {
                throw AssetProblems.stockNotHeld();
            }
            publish(userId, Change.REMOVED, List.of(), ids);
            return ids;
        });
    }

    /** A new cash flow (deposit, withdrawal, dividend received, tax), checked by the caller. */
    AssetLine recordCashFlow(AssetLine cashFlow) {
        return inOwnersTransaction(cashFlow.userId(), () -> {
            AssetLine stored = lines.insert(cashFlow);
            publish(cashFlow.userId(), Change.RECORDED, List.of(stored), List.of());
            return stored;
        });
    }

    /**
     * Lines of an import, all or nothing: {@code prepare} runs inside the transaction with the user's lock
     * held (so it sees the lines as they are) and returns the lines to insert or throws.
     */
    List<AssetLine> importLines(long userId, Supplier<List<AssetLine>> prepare) {
        return importLines(userId, prepare, stored -> checkSells(userId, codes(stored)));
    }

    /**
     * Lines of an import, all or nothing, as {@link #importLines(long, Supplier)}; {@code check} runs inside the
     * transaction after the inserts (given the stored lines in the order {@code prepare} returned them) and
     * throws to refuse them all, instead of the first sell larger than the holding.
     */
    List<AssetLine> importLines(long userId, Supplier<List<AssetLine>> prepare, Consumer<List<AssetLine>> check) {
        return insertAll(userId, prepare, check);
    }

    /**
     * Lines known to be consistent (the demo's), without the sell check: at the local run's first start the
     * demo account is created while the split table is still arriving, and AAPL's sell is only covered after
     * its 4:1 split is known.
     */
    List<AssetLine> seed(long userId, List<AssetLine> known) {
        return insertAll(userId, () -> known, stored -> {});
    }

    private List<AssetLine> insertAll(long userId, Supplier<List<AssetLine>> prepare, Consumer<List<AssetLine>> check) {
        return inOwnersTransaction(userId, () -> {
            List<AssetLine> stored = new ArrayList<>();
            for (AssetLine line : prepare.get()) {
                stored.add(lines.insert(line));
            }
            check.accept(stored);
            if (!stored.isEmpty()) {
                publish(userId, Change.RECORDED, stored, List.of());
            }
            return stored;
        });
    }

    private <T> T inOwnersTransaction(long userId, Supplier<T> change) {
        T result = transactions.execute(status -> {
            if (!lines.lockOwner(userId)) {
                throw AssetProblems.userGone();
            }
            return change.get();
        });
        cache.changed(userId);
        relay.publishPending();
        return result;
    }

    /**
     * Every sell of these stocks that sells more than was held on its date as the user's lines now stand (in
     * the transaction), each judged without the ones before it ({@link SellCheck#allOversold}).
     */
    List<Oversold> oversold(long userId, Collection<String> codes) {
        List<Oversold> found = new ArrayList<>();
        for (String code : codes) {
            List<Trade> trades =
                    lines.trades(userId, code).stream().map(AssetWrites::trade).toList();
            found.addAll(SellCheck.allOversold(trades, market.splits(List.of(code))));
        }
        return found;
    }

    /** The stocks these lines name, in their order. */
    static Set<String> codes(Collection<AssetLine> stored) {
        Set<String> codes = new LinkedHashSet<>();
        stored.forEach(line -> {
            if (line.stockCode() != null) {
                codes.add(line.stockCode());
            }
        });
        return codes;
    }

    /** The first sell of these stocks that sells more than was held on its date, as the lines now stand, refused. */
    private void checkSells(long userId, Collection<String> codes) {
        for (String code : codes) {
            List<Trade> trades =
                    lines.trades(userId, code).stream().map(AssetWrites::trade).toList();
            Optional<Oversold> oversold = SellCheck.firstOversold(trades, market.splits(List.of(code)));
            if (oversold.isPresent()) {
                Oversold sell = oversold.get();
                throw AssetProblems.sellExceedsHolding(code, sell.sell().tradeDate(), held(sell));
            }
        }
    }

    /** How much was held and sold, for a person: {@code (보유 40주, 매도 41주, 분할 반영)}. */
    static String held(Oversold sell) {
        return "(보유 " + Decimals.plain(sell.held()).toPlainString() + "주, 매도 "
                + Decimals.plain(sell.sold()).toPlainString() + "주, 분할 반영)";
    }

    static Trade trade(AssetLine line) {
        return new Trade(
                line.id(),
                line.stockCode() == null ? "" : line.stockCode(),
                line.trade() == null ? null : dev.ollass.api.holding.Side.valueOf(line.trade()),
                line.tradeDate(),
                line.currency() == null ? null : line.quantity(),
                line.tradePrice(),
                line.currency() == null ? null : dev.ollass.api.holding.Currency.valueOf(line.currency()),
                line.fee(),
                null);
    }

    private static List<String> codes(AssetLine old, AssetLine edited) {
        Set<String> codes = new LinkedHashSet<>();
        if (old.stockCode() != null) {
            codes.add(old.stockCode());
        }
        if (edited.stockCode() != null) {
            codes.add(edited.stockCode());
        }
        return List.copyOf(codes);
    }

    private void publish(long userId, Change change, List<AssetLine> recorded, List<Long> removed) {
        outbox.add(
                Topics.PORTFOLIO_TRANSACTIONS,
                Long.toString(userId),
                new TransactionsChanged(
                        userId, change, recorded.stream().map(AssetLine::record).toList(), removed, clock.instant()));
    }

    private static <T> @Nullable T or(@Nullable T value, @Nullable T otherwise) {
        return value != null ? value : otherwise;
    }
}
