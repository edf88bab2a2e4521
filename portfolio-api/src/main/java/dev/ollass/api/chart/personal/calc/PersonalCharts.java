package dev.ollass.api.chart.personal.calc;

import dev.ollass.api.chart.personal.calc.ChartBodies.MyStock;
import dev.ollass.api.chart.personal.calc.ChartBodies.Profit;
import dev.ollass.api.chart.personal.calc.ChartBodies.Share;
import dev.ollass.api.chart.personal.calc.ChartBodies.Summary;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Holding;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Portfolio;
import dev.ollass.api.holding.RowValues;
import dev.ollass.api.holding.Side;
import dev.ollass.api.holding.Trade;
import dev.ollass.api.holding.Valuation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The personal charts of one user, valued once through the holdings calculation ({@link Valuation}): what is
 * held now, at what cost and worth, comes from there, sells and splits included (the original ignored sells:
 * spec §12.2 Q3, fixed). Amounts are KRW (a US stock's price at the latest rate, a past amount at its date's),
 * rounded once to {@value #SCALE} decimals, half even; rates are %.
 */
public final class PersonalCharts {

    static final int SCALE = 4;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How far before a window its closes are read, so that a gap at its start is carried forward. */
    static final int CARRY_FORWARD_DAYS = 14;

    final ChartInput input;
    final Portfolio portfolio;
    final Rates rates;
    final Positions positions;
    private final Set<String> missing = new TreeSet<>();

    private PersonalCharts(ChartInput input) {
        this.input = input;
        this.portfolio = Valuation.of(input.trades(), List.of(), input.market(), input.today());
        this.rates = new Rates(input.market());
        this.positions = Positions.of(input.trades(), input.market(), rates);
        boolean dollars = false;
        for (Trade trade : input.trades()) {
            if (!trade.complete()) {
                continue;
            }
            var stock = input.market().stock(trade.code());
            if (stock.isEmpty()) {
                missing.add(trade.code());
            } else if (stock.get().currency() == Currency.USD) {
                dollars = true;
            }
        }
        for (Holding holding : portfolio.holdings()) {
            if (holding.held() && (holding.price() == null || holding.price().stale())) {
                missing.add(holding.code());
            }
        }
        if (dollars && !rates.known()) {
            missing.add("USDKRW");
        }
    }

    public static PersonalCharts of(ChartInput input) {
        return new PersonalCharts(input);
    }

    /**
     * From when the daily closes of a chart are needed: {@code performance-analysis}'s window (or, without an
     * interval, {@code summary}'s day 30 days back), two weeks earlier so that a gap at its start is carried
     * forward. The other charts need none.
     */
    public static LocalDate closesFrom(@Nullable Interval interval, LocalDate today) {
        LocalDate start =
                interval == null ? weekdayOnOrBefore(today.minusDays(30)) : Performance.start(interval, today);
        return start.minusDays(CARRY_FORWARD_DAYS);
    }

    /** The symbols this chart lacks data for, sorted. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    void missing(String symbol) {
        missing.add(symbol);
    }

    <T> Charted<T> charted(T body) {
        return new Charted<>(body, missing());
    }

    /** The holdings with shares held now, in the order of their first trade. */
    List<Holding> held() {
        return portfolio.holdings().stream().filter(Holding::held).toList();
    }

    /** {@code GET /asset-save-trend}: see {@link SavingsProjection}. */
    public Charted<ChartBodies.SaveTrend> saveTrend() {
        return SavingsProjection.of(this);
    }

    /** {@code GET /estimate-dividend?category=every}: see {@link DividendCalendar}. */
    public Charted<Map<String, ChartBodies.DividendYear>> dividendCalendar() {
        return DividendCalendar.calendar(this);
    }

    /** {@code GET /estimate-dividend?category=type}: see {@link DividendCalendar}. */
    public Charted<List<Share>> dividendShares() {
        return DividendCalendar.shares(this);
    }

    /** {@code GET /performance-analysis}: see {@link Performance}. */
    public Charted<ChartBodies.Performance> performance(Interval interval) {
        return Performance.of(this, interval);
    }

    /**
     * {@code GET /composition?type=composition}: each held stock's market value (KRW) and its share of the
     * total, named in Korean, in the order of the first trade. Stocks sold out are not shown.
     */
    public Charted<List<Share>> composition() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Holding holding : held()) {
            values.merge(input.name(holding.code()), holding.marketValue().krw(), BigDecimal::add);
        }
        return charted(shares(values));
    }

    /**
     * {@code GET /composition?type=account}: the same by account type ({@code 기타} when a trade names none): a
     * holding's value is split among the accounts of the buys its shares are still held from.
     */
    public Charted<List<Share>> accounts() {
        Map<String, List<Trade>> buys = new HashMap<>();
        for (Trade trade : input.trades()) {
            if (trade.side() == Side.BUY) {
                buys.computeIfAbsent(trade.code(), code -> new ArrayList<>()).add(trade);
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Holding holding : held()) {
            for (Trade trade : buys.getOrDefault(holding.code(), List.of())) {
                RowValues row = portfolio.rows().get(trade.id());
                if (row == null || row.heldQuantity().signum() == 0) {
                    continue;
                }
                BigDecimal part = holding.marketValue()
                        .krw()
                        .multiply(row.heldQuantity())
                        .divide(holding.quantity(), MathContext.DECIMAL64);
                values.merge(input.account(trade.id()), part, BigDecimal::add);
            }
        }
        return charted(shares(values));
    }

    /**
     * {@code GET /my-stock}: one item per held stock (the original listed every buy line, sold or not): the
     * latest price in KRW, the unrealized profit of the shares held against their average cost (KRW, at each
     * buy's rate) and its rate, the shares held (today's units). A stock without any price is shown at its cost
     * with {@code price_date} null; a stale price with its date.
     */
    public Charted<List<MyStock>> myStocks() {
        List<MyStock> stocks = new ArrayList<>();
        for (Holding holding : held()) {
            Holding.@Nullable Price price = holding.price();
            BigDecimal current = price == null
                    ? holding.invested().krw().divide(holding.quantity(), MathContext.DECIMAL64)
                    : rates.krwNow(price.value(), holding.currency());
            stocks.add(new MyStock(
                    input.name(holding.code()),
                    round(current),
                    rate(holding.unrealizedProfit().krw(), holding.invested().krw()),
                    round(holding.unrealizedProfit().krw()),
                    holding.quantity().stripTrailingZeros(),
                    holding.code(),
                    price == null ? null : price.date().toString(),
                    price != null && price.stale()));
        }
        return charted(stocks);
    }

    /**
     * {@code GET /summary}: the held shares' market value, their cost (sold shares left it when sold), the
     * difference and its rate; {@code increase_asset_amount} is the market value now minus the value of what
     * was held 30 days ago (the weekday on or before) at that day's closes and rate.
     */
    public Charted<Summary> summary() {
        var totals = portfolio.totals();
        LocalDate past = weekdayOnOrBefore(input.today().minusDays(30));
        BigDecimal then = BigDecimal.ZERO;
        for (String code : positions.codes()) {
            BigDecimal shares = positions.held(code, past);
            if (shares.signum() == 0) {
                continue;
            }
            BigDecimal value = valueOn(code, shares, past);
            if (value != null) {
                then = then.add(value);
            }
        }
        BigDecimal now = totals.marketValue().krw();
        return charted(new Summary(
                round(now.subtract(then)),
                round(now),
                round(totals.invested().krw()),
                new Profit(round(totals.unrealizedProfit().krw()), round(totals.unrealizedRate())),
                missing()));
    }

    /**
     * {@code shares} of {@code code} in KRW on {@code date}: the close of that date or the latest before it
     * (a gap is carried forward), or the latest price when it is of a later date up to {@code date}; with no
     * close up to then, the latest price (and the code named missing); at that date's rate. Null when the
     * market has no price of it at all.
     */
    @Nullable
    BigDecimal valueOn(String code, BigDecimal shares, LocalDate date) {
        MarketHistory.Stock stock = input.market().stock(code).orElseThrow();
        var closes = input.closes().get(code);
        var close = closes == null ? null : closes.floorEntry(date);
        var latest = input.market().latestPrice(code).orElse(null);
        BigDecimal price;
        if (latest != null
                && !latest.date().isAfter(date)
                && (close == null || latest.date().isAfter(close.getKey()))) {
            price = latest.price(); // today's, before its bar is in
        } else if (close != null) {
            price = close.getValue();
        } else {
            missing(code);
            price = latest == null ? null : latest.price();
        }
        return price == null ? null : rates.krw(shares.multiply(price), stock.currency(), date);
    }

    static LocalDate weekdayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Slices with their share of the total, in the map's order. */
    static List<Share> shares(Map<String, BigDecimal> values) {
        BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return values.entrySet().stream()
                .map(e -> new Share(e.getKey(), rate(e.getValue(), total), round(e.getValue())))
                .toList();
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@code part / whole × 100}, 0 when {@code whole} is not positive. */
    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return round(BigDecimal.ZERO);
        }
        return round(part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64));
    }

    static BigDecimal orZero(@Nullable BigDecimal value) {
        return Objects.requireNonNullElse(value, BigDecimal.ZERO);
    }
}
