package dev.ollass.api.holding.history;

import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.SplitTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The market data of one portfolio, loaded at once and answered from memory. */
final class LoadedMarket implements MarketHistory {

    final Map<String, Stock> stocks = new HashMap<>();
    final Map<String, Map<LocalDate, Bar>> bars = new HashMap<>();
    final Map<String, Quote> latest = new HashMap<>();
    final Map<String, List<DividendPaid>> dividends = new HashMap<>();
    final Map<String, List<SplitTable.Split>> splits = new HashMap<>();
    NavigableMap<LocalDate, BigDecimal> usdKrw = new TreeMap<>();

    @Nullable
    FxRate latestUsdKrw;

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
    public List<SplitTable.Split> splits(String code) {
        return splits.getOrDefault(code, List.of());
    }

    @Override
    public Optional<FxRate> usdKrw(LocalDate date) {
        return Optional.ofNullable(usdKrw.floorEntry(date)).map(e -> new FxRate(e.getKey(), e.getValue()));
    }

    @Override
    public Optional<FxRate> latestUsdKrw() {
        if (latestUsdKrw != null) {
            return Optional.of(latestUsdKrw);
        }
        return Optional.ofNullable(usdKrw.lastEntry()).map(e -> new FxRate(e.getKey(), e.getValue()));
    }
}
