package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Values a user's transactions: holdings, row columns and totals (see {@link Holding}, {@link
 * RowValues}, {@link Totals} for what each number means).
 *
 * <p>How it counts:
 *
 * <ul>
 *   <li>Only complete transactions ({@link Trade#complete()}) of stocks the market data knows count;
 *       the others are left out, with a note.
 *   <li>A trade's quantity becomes today's units by the split table ({@link SplitTable#factor}), its
 *       entered price today's units by the same factor; a price taken from the history (no price
 *       entered) is already in today's units and is not adjusted again.
 *   <li>A price entered in the other currency than the stock's (a US stock bought with a KRW price) is
 *       converted with the USDKRW rate of the trade date; the amount paid is exact in the entered
 *       currency. A Korean stock's price in USD is converted the same way (the API refuses it; a CSV or
 *       old row may hold it).
 *   <li>Transactions of one day: buys before sells, then by id.
 *   <li>A sell larger than the holding sells what is held (with a note); {@link SellCheck} keeps them out.
 *   <li>A rate missing on a date takes the latest earlier one (with a note); with none earlier the
 *       latest; with no rate at all the original's 1400 KRW per USD (with a note).
 *   <li>Rounding: sums and products are exact; divisions use {@link java.math.MathContext#DECIMAL64}
 *       (16 digits); results are rounded once, when a {@link Holding}, {@link RowValues} or {@link
 *       Totals} is made: money to {@value #MONEY_SCALE} decimals, rates to {@value #RATE_SCALE},
 *       quantities to {@value #QUANTITY_SCALE}, half even.
 * </ul>
 */
public final class Valuation {

    public static final int MONEY_SCALE = 4;
    public static final int RATE_SCALE = 4;
    public static final int QUANTITY_SCALE = 8;

    /** A latest price older than this many days before the valuation date is flagged stale. */
    public static final int STALE_AFTER_DAYS = 5;

    /** The original's USDKRW fallback when the market has no rate at all. */
    public static final BigDecimal FALLBACK_USD_KRW = new BigDecimal("1400");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Date order; on one day buys before sells; then by id. Written out: sorting a large portfolio's trades spent
     * a tenth of the calculation in the composed comparators' lambdas.
     */
    static final Comparator<Trade> TRADE_ORDER = (a, b) -> {
        int byDate = Objects.requireNonNull(a.tradeDate()).compareTo(Objects.requireNonNull(b.tradeDate()));
        if (byDate != 0) {
            return byDate;
        }
        int bySide = Objects.requireNonNull(a.side()).compareTo(Objects.requireNonNull(b.side()));
        return bySide != 0 ? bySide : Long.compare(a.id(), b.id());
    };

    private final MarketHistory market;
    private final LocalDate asOf;
    private final Set<String> notes = new LinkedHashSet<>();
    private final Fx fx;

    private Valuation(MarketHistory market, LocalDate asOf) {
        this.market = market;
        this.asOf = asOf;
        this.fx = new Fx(market, notes);
    }

    /**
     * Values {@code trades} and {@code cashFlows} on {@code asOf} (the exchange-local "today").
     *
     * @param trades a user's transactions, complete or not, in any order
     */
    public static Portfolio of(
            Collection<Trade> trades, Collection<CashFlow> cashFlows, MarketHistory market, LocalDate asOf) {
        return new Valuation(market, asOf).value(trades, cashFlows);
    }

    private Portfolio value(Collection<Trade> trades, Collection<CashFlow> cashFlows) {
        long incomplete = trades.stream().filter(t -> !t.complete()).count();
        if (incomplete > 0) {
            notes.add(incomplete + " incomplete transaction(s) (no side, date or quantity) left out");
        }
        Map<String, List<Trade>> byCode = new LinkedHashMap<>();
        trades.stream()
                .filter(Trade::complete)
                .sorted(TRADE_ORDER)
                .forEach(t -> byCode.computeIfAbsent(t.code(), code -> new ArrayList<>())
                        .add(t));
        List<Holding> holdings = new ArrayList<>();
        Map<Long, RowValues> rows = new HashMap<>();
        for (var stockTrades : byCode.entrySet()) {
            var stock = market.stock(stockTrades.getKey());
            if (stock.isEmpty()) {
                notes.add(stockTrades.getKey() + ": not in the market data, its transactions left out");
                continue;
            }
            Book book = book(stock.get(), stockTrades.getValue());
            Holding.@Nullable Price price = price(book);
            holdings.add(holding(book, price));
            for (Entry entry : book.entries) {
                rows.put(entry.trade.id(), row(book, entry, price));
            }
        }
        BigDecimal won = fx.latest();
        return new Portfolio(
                asOf,
                holdings,
                rows,
                totals(holdings, cashFlows),
                won,
                BigDecimal.ONE.divide(won, MathContext.DECIMAL64),
                List.copyOf(notes));
    }

    /** Runs one stock's trades and dividends in date order (a dividend before the trades of its ex-date). */
    private Book book(MarketHistory.Stock stock, List<Trade> trades) {
        Book book = new Book(stock);
        List<MarketHistory.DividendPaid> dividends = market.dividends(stock.code()).stream()
                .filter(d -> !d.exDate().isAfter(asOf))
                .sorted(Comparator.comparing(MarketHistory.DividendPaid::exDate))
                .toList();
        int next = 0;
        for (Trade trade : trades) {
            LocalDate date = Objects.requireNonNull(trade.tradeDate());
            while (next < dividends.size() && !dividends.get(next).exDate().isAfter(date)) {
                pay(book, dividends.get(next++));
            }
            trade(book, trade);
        }
        while (next < dividends.size()) {
            pay(book, dividends.get(next++));
        }
        book.closeOpenBuys();
        return book;
    }

    private void pay(Book book, MarketHistory.DividendPaid dividend) {
        if (book.quantity.signum() > 0) {
            book.dividend(dividend.amountPerShare(), book.stock.currency(), fx.on(dividend.exDate()));
        }
    }

    private void trade(Book book, Trade trade) {
        Currency stockCurrency = book.stock.currency();
        LocalDate date = Objects.requireNonNull(trade.tradeDate());
        BigDecimal quantity = Objects.requireNonNull(trade.quantity());
        BigDecimal factor = market.factor(book.stock.code(), date);
        BigDecimal shares = market.todayShares(book.stock.code(), date, quantity);
        var bar = market.bar(book.stock.code(), date).orElse(null);
        BigDecimal rate = fx.on(date);
        Currency display;
        BigDecimal paid;
        BigDecimal price = trade.price();
        if (price != null) {
            display = trade.priceCurrency() == null ? stockCurrency : trade.priceCurrency();
            paid = quantity.multiply(price);
        } else {
            BigDecimal close = bar != null ? bar.close() : closeOfToday(book, date);
            if (close == null) {
                book.notes.add(
                        "transaction " + trade.id() + ": no price entered and no close on " + date + ", left out");
                notes.add(book.stock.code() + ": transaction " + trade.id() + " has no price, left out");
                return;
            }
            display = stockCurrency;
            paid = shares.multiply(close);
        }
        Entry entry = new Entry(trade, factor, shares, display, paid, bar, rate);
        Amount fee = fee(trade, display, stockCurrency, rate);
        if (entry.side == Side.BUY) {
            book.buy(entry, Fx.amount(paid, display, stockCurrency, rate), fee);
            return;
        }
        if (book.quantity.signum() == 0) {
            book.notes.add("sell " + trade.id() + " on " + date + ": nothing held, left out");
            notes.add(book.stock.code() + ": sell " + trade.id() + " sells more than held");
            return;
        }
        BigDecimal sold = entry.adjustedQuantity;
        BigDecimal proceeds = paid;
        if (sold.compareTo(book.quantity) > 0) {
            book.notes.add("sell " + trade.id() + " on " + date + " sells " + plain(sold) + " but "
                    + plain(book.quantity) + " are held: counted as a sell of what is held");
            notes.add(book.stock.code() + ": sell " + trade.id() + " sells more than held");
            proceeds = paid.multiply(book.quantity).divide(sold, MathContext.DECIMAL64);
            sold = book.quantity;
        }
        book.sell(entry, sold, Fx.amount(proceeds, display, stockCurrency, rate), fee);
    }

    /** A trade of the latest price's date (or later: today, before the bar is in) takes the latest price. */
    private @Nullable BigDecimal closeOfToday(Book book, LocalDate date) {
        return market.latestPrice(book.stock.code())
                .filter(quote -> !date.isBefore(quote.date()))
                .map(MarketHistory.Quote::price)
                .orElse(null);
    }

    private static Amount fee(Trade trade, Currency display, Currency stockCurrency, BigDecimal rate) {
        BigDecimal fee = trade.fee();
        if (fee == null || fee.signum() == 0) {
            return Amount.ZERO;
        }
        return Fx.amount(fee, trade.feeCurrency() == null ? display : trade.feeCurrency(), stockCurrency, rate);
    }

    private Holding.@Nullable Price price(Book book) {
        return market.latestPrice(book.stock.code())
                .map(q -> new Holding.Price(q.price(), q.date(), q.date().isBefore(asOf.minusDays(STALE_AFTER_DAYS))))
                .orElse(null);
    }

    private Holding holding(Book book, Holding.@Nullable Price price) {
        Currency currency = book.stock.currency();
        List<String> holdingNotes = new ArrayList<>(book.notes);
        Amount value;
        if (price == null) {
            holdingNotes.add("no price known: valued at cost");
            value = book.cost;
        } else {
            if (price.stale()) {
                holdingNotes.add("latest price is of " + price.date());
            }
            value = Fx.amount(book.quantity.multiply(price.value()), currency, currency, fx.latest());
        }
        Amount unrealized = value.minus(book.cost);
        BigDecimal average = book.quantity.signum() == 0
                ? BigDecimal.ZERO
                : book.cost.stock().divide(book.quantity, MathContext.DECIMAL64);
        return new Holding(
                book.stock.code(),
                currency,
                quantity(book.quantity),
                money(average),
                money(book.cost),
                money(value),
                money(unrealized),
                rate(unrealized.stock(), book.cost.stock()),
                money(book.realized),
                money(book.dividends),
                money(book.fees),
                price,
                holdingNotes);
    }

    private RowValues row(Book book, Entry entry, Holding.@Nullable Price price) {
        Currency stockCurrency = book.stock.currency();
        Currency display = entry.display;
        BigDecimal current = price == null
                ? Fx.convert(
                        entry.tradeAmount.divide(entry.adjustedQuantity, MathContext.DECIMAL64),
                        display,
                        display,
                        fx.latest())
                : Fx.convert(price.value(), stockCurrency, display, fx.latest());
        BigDecimal profit;
        BigDecimal profitRate;
        BigDecimal dividend;
        BigDecimal held;
        if (entry.side == Side.BUY) {
            BigDecimal paidPerShare = entry.cost.in(display).divide(entry.adjustedQuantity, MathContext.DECIMAL64);
            held = book.stillHeld(entry);
            profit = current.subtract(paidPerShare).multiply(held);
            profitRate = rate(current.subtract(paidPerShare), paidPerShare);
            dividend = entry.dividends.in(display);
        } else {
            held = BigDecimal.ZERO;
            profit = entry.realized.in(display);
            profitRate = rate(profit, entry.soldCost.in(display));
            dividend = BigDecimal.ZERO;
        }
        var bar = entry.bar;
        return new RowValues(
                entry.trade.id(),
                display,
                money(current),
                money(entry.tradeAmount),
                profitRate,
                money(profit),
                money(dividend),
                bar == null ? null : asTraded(bar.open(), entry, stockCurrency),
                bar == null ? null : asTraded(bar.high(), entry, stockCurrency),
                bar == null ? null : asTraded(bar.low(), entry, stockCurrency),
                bar == null ? null : asTraded(bar.close(), entry, stockCurrency),
                bar == null ? null : bar.volume(),
                quantity(entry.adjustedQuantity),
                quantity(held),
                entry.factor.stripTrailingZeros());
    }

    /** A price of the (adjusted) history per share as traded, in the row's display currency, at the trade date's rate. */
    private static BigDecimal asTraded(BigDecimal historyPrice, Entry entry, Currency stockCurrency) {
        return money(Fx.convert(historyPrice.multiply(entry.factor), stockCurrency, entry.display, entry.rate));
    }

    private Totals totals(List<Holding> holdings, Collection<CashFlow> cashFlows) {
        Amount value = Amount.ZERO;
        Amount invested = Amount.ZERO;
        Amount realized = Amount.ZERO;
        Amount dividends = Amount.ZERO;
        Amount fees = Amount.ZERO;
        for (Holding h : holdings) {
            value = value.plus(inKrw(h.marketValue()));
            invested = invested.plus(inKrw(h.invested()));
            realized = realized.plus(inKrw(h.realizedProfit()));
            dividends = dividends.plus(inKrw(h.dividends()));
            fees = fees.plus(inKrw(h.fees()));
        }
        Amount unrealized = value.minus(invested);
        return new Totals(
                value,
                invested,
                unrealized,
                rate(unrealized.krw(), invested.krw()),
                realized,
                dividends,
                fees,
                cash(cashFlows));
    }

    private Totals.CashSummary cash(Collection<CashFlow> cashFlows) {
        Map<CashFlowType, Amount> sums = new HashMap<>();
        for (CashFlow flow : cashFlows) {
            Amount amount = Fx.amount(flow.amount(), flow.currency(), Currency.KRW, fx.on(flow.date()));
            sums.merge(flow.type(), amount, Amount::plus);
        }
        Amount deposits = money(sums.getOrDefault(CashFlowType.DEPOSIT, Amount.ZERO));
        Amount withdrawals = money(sums.getOrDefault(CashFlowType.WITHDRAWAL, Amount.ZERO));
        return new Totals.CashSummary(
                deposits,
                withdrawals,
                money(sums.getOrDefault(CashFlowType.DIVIDEND, Amount.ZERO)),
                money(sums.getOrDefault(CashFlowType.TAX, Amount.ZERO)),
                deposits.minus(withdrawals));
    }

    private static Amount inKrw(Amount amount) {
        return new Amount(amount.krw(), amount.krw(), amount.usd());
    }

    /** {@code part / whole × 100} at {@value #RATE_SCALE} decimals; 0 when {@code whole} is not positive. */
    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64).setScale(RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    static Amount money(Amount amount) {
        return new Amount(money(amount.stock()), money(amount.krw()), money(amount.usd()));
    }

    static BigDecimal quantity(BigDecimal value) {
        return value.setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
