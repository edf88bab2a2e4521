package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Market history held in memory, filled by a test with the few rows its case needs. */
final class FakeMarket implements MarketHistory {

    private final Map<String, Stock> stocks = new HashMap<>();
    private final Map<String, Map<LocalDate, Bar>> bars = new HashMap<>();
    private final Map<String, Quote> latest = new HashMap<>();
    private final Map<String, List<DividendPaid>> dividends = new HashMap<>();
    private final Map<String, List<SplitTable.Split>> splits = new HashMap<>();
    private final TreeMap<LocalDate, BigDecimal> usdKrw = new TreeMap<>();

    static FakeMarket market() {
        return new FakeMarket();
    }

    FakeMarket usStock(String code) {
        stocks.put(code, new Stock(code, Currency.USD, "USA"));
        return this;
    }

    FakeMarket koreanStock(String code) {
        stocks.put(code, new Stock(code, Currency.KRW, "Korea"));
        return this;
    }

    FakeMarket close(String code, String date, String close) {
        BigDecimal price = new BigDecimal(close);
        return bar(code, date, price, price, price, price, 1000);
    }

    FakeMarket bar(
            String code, String date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {
        LocalDate day = LocalDate.parse(date);
        bars.computeIfAbsent(code, c -> new HashMap<>()).put(day, new Bar(day, open, high, low, close, volume));
        return this;
    }

    FakeMarket latest(String code, String price, String date) {
        latest.put(code, new Quote(new BigDecimal(price), LocalDate.parse(date)));
        return this;
    }

    FakeMarket dividend(String code, String exDate, String perShare) {
        dividends
                .computeIfAbsent(code, c -> new ArrayList<>())
                .add(new DividendPaid(LocalDate.parse(exDate), new BigDecimal(perShare)));
        return this;
    }

    FakeMarket split(String code, String exDate, int numerator, int denominator) {
        splits.computeIfAbsent(code, c -> new ArrayList<>())
                .add(new SplitTable.Split(LocalDate.parse(exDate), numerator, denominator));
        return this;
    }

    FakeMarket usdKrw(String date, String rate) {
        usdKrw.put(LocalDate.parse(date), new BigDecimal(rate));
        return this;
    }

    @Override
    public List<SplitTable.Split> splits(String code) {
        return splits.getOrDefault(code, List.of());
    }

    @Override
    public Optional<Stock> stock(String code) {
        return Optional.ofNullable(stocks.get(code));
    }

    @Override
    public Optional<Bar> bar(String code, LocalDate date) {
        return Optional.ofNullable(bars.getOrDefault(code, Map.of()).get(date));
    }

    @Override
    public Optional<Quote> latestPrice(String code) {
        return Optional.ofNullable(latest.get(code));
    }

    @Override
    public List<DividendPaid> dividends(String code) {
        return dividends.getOrDefault(code, List.of());
    }

    @Override
    public Optional<FxRate> usdKrw(LocalDate date) {
        return Optional.ofNullable(usdKrw.floorEntry(date)).map(e -> new FxRate(e.getKey(), e.getValue()));
    }

    @Override
    public Optional<FxRate> latestUsdKrw() {
        return Optional.ofNullable(usdKrw.lastEntry()).map(e -> new FxRate(e.getKey(), e.getValue()));
    }
}
