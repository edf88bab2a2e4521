package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.asset.AssetTable.Group;
import dev.ollass.api.asset.AssetTable.Parent;
import dev.ollass.api.asset.AssetTable.Row;
import dev.ollass.api.holding.CashFlow;
import dev.ollass.api.holding.CashFlowType;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Holding;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Portfolio;
import dev.ollass.api.holding.RowValues;
import dev.ollass.api.holding.Totals;
import dev.ollass.api.holding.Trade;
import dev.ollass.api.holding.Valuation;
import dev.ollass.api.holding.history.KeptMarketHistory;
import dev.ollass.api.market.MarketVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the original's asset table from a user's lines with the holdings calculation: one group per stock
 * (the holding as parent, the lines newest first as sub rows), totals in KRW, the latest dollar rate.
 */
@Component
class PortfolioView {

    private final MarketFacts market;
    private final KeptMarketHistory histories;
    private final MarketVersion marketVersion;
    private final MarketToday today;

    PortfolioView(MarketFacts market, KeptMarketHistory histories, MarketVersion marketVersion, MarketToday today) {
        this.market = market;
        this.histories = histories;
        this.marketVersion = marketVersion;
        this.today = today;
    }

    AssetTable table(List<AssetLine> lines, List<String> fields) {
        List<AssetLine> trades =
                lines.stream().filter(line -> line.kind() == Kind.TRADE).toList();
        Set<String> codes = new LinkedHashSet<>();
        trades.stream().sorted(Comparator.comparingLong(AssetLine::id)).forEach(line -> codes.add(line.stockCode()));
        Map<String, MarketFacts.Stock> stocks = market.stocks(codes);
        List<Trade> valued = trades.stream().map(AssetWrites::trade).toList();
        List<CashFlow> cashFlows = lines.stream()
                .filter(line -> line.kind() != Kind.TRADE)
                .map(PortfolioView::cashFlow)
                .flatMap(Optional::stream)
                .toList();
        LocalDate asOf = today.today();
        MarketHistory history = histories.load(valued, cashFlows, asOf, marketVersion.current());
        Portfolio portfolio = Valuation.of(valued, cashFlows, history, asOf);

        Map<String, List<AssetLine>> byStock = new LinkedHashMap<>();
        for (Holding holding : portfolio.holdings()) {
            byStock.put(holding.code(), new ArrayList<>());
        }
        for (String code : codes) {
            byStock.computeIfAbsent(code, c -> new ArrayList<>());
        }
        for (AssetLine line : trades) {
            byStock.get(line.stockCode()).add(line);
        }
        List<Group> groups = new ArrayList<>();
        byStock.forEach((code, stockLines) -> {
            String name = Optional.ofNullable(stocks.get(code))
                    .map(MarketFacts.Stock::nameKr)
                    .orElse(code);
            List<Row> rows = stockLines.stream()
                    .sorted(Comparator.comparingLong(AssetLine::id).reversed())
                    .map(line -> row(line, name, portfolio.row(line.id())))
                    .toList();
            groups.add(new Group(parent(code, name, portfolio.holding(code), stocks.get(code)), rows));
        });
        Totals totals = portfolio.totals();
        return new AssetTable(
                groups,
                fields,
                totals.marketValue().krw(),
                totals.invested().krw(),
                totals.unrealizedRate(),
                totals.unrealizedProfit().krw(),
                totals.dividends().krw(),
                portfolio.dollarExchange(),
                portfolio.wonExchange(),
                totals.realizedProfit().krw(),
                totals.cash().deposits().krw(),
                totals.cash().withdrawals().krw(),
                totals.cash().netContributed().krw(),
                totals.cash().dividends().krw(),
                totals.cash().taxes().krw());
    }

    private static Parent parent(
            String code,
            String name,
            Optional<Holding> valued,
            MarketFacts.@org.jspecify.annotations.Nullable Stock stock) {
        if (valued.isEmpty()) {
            String currency = stock == null ? "" : stock.currency();
            BigDecimal zero = BigDecimal.ZERO;
            return new Parent(name, zero, zero, zero, zero, code, currency, zero, zero, zero, zero);
        }
        Holding holding = valued.get();
        return new Parent(
                name,
                holding.unrealizedRate(),
                holding.unrealizedProfit().stock(),
                holding.dividends().stock(),
                holding.quantity(),
                code,
                holding.currency().name(),
                holding.averageCost(),
                holding.realizedProfit().stock(),
                holding.invested().stock(),
                holding.marketValue().stock());
    }

    private static Row row(AssetLine line, String name, Optional<RowValues> valued) {
        RowValues values = valued.orElse(null);
        return new Row(
                line.id(),
                line.tradePrice(),
                values == null ? null : values.tradeAmount(),
                values == null ? null : values.volume(),
                line.accountType(),
                values == null ? null : values.high(),
                line.tradeDate(),
                values == null ? null : values.dividend(),
                line.quantity(),
                values == null ? null : values.profit(),
                values == null ? null : values.profitRate(),
                values == null ? null : values.close(),
                values == null ? null : values.open(),
                values == null ? null : values.low(),
                name,
                line.stockCode(),
                line.currency(),
                line.investmentBank(),
                values == null ? null : values.currentPrice(),
                line.trade() == null ? null : Vocabulary.wireTrade(line.trade()),
                line.memo(),
                line.fee(),
                line.kind().name());
    }

    /** A cash flow the calculation can use: one with a date, an amount and a currency. */
    static Optional<CashFlow> cashFlow(AssetLine line) {
        if (line.tradeDate() == null || line.tradePrice() == null || line.currency() == null) {
            return Optional.empty();
        }
        return Optional.of(new CashFlow(
                line.id(),
                CashFlowType.valueOf(line.kind().name()),
                line.tradeDate(),
                line.tradePrice(),
                Currency.valueOf(line.currency()),
                line.stockCode()));
    }
}
