package dev.ollass.api.chart.personal;

import dev.ollass.api.asset.ChartTrades;
import dev.ollass.api.chart.personal.calc.ChartInput;
import dev.ollass.api.chart.personal.calc.Interval;
import dev.ollass.api.chart.personal.calc.PersonalCharts;
import dev.ollass.api.holding.Trade;
import dev.ollass.api.holding.history.MarketHistoryReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads what one chart of one user (or of the sample) is computed from, and values it once. */
@Component
class PersonalChartData {

    /** Which market series a chart needs beyond the holdings' data. */
    enum Needs {
        HOLDINGS,
        CLOSES,
        CLOSES_AND_KOSPI
    }

    private final ChartTrades trades;
    private final MarketHistoryReader histories;
    private final ChartMarketReader market;

    PersonalChartData(ChartTrades trades, MarketHistoryReader histories, ChartMarketReader market) {
        this.trades = trades;
        this.histories = histories;
        this.market = market;
    }

    PersonalCharts of(@Nullable Long userId, Needs needs, @Nullable Interval interval) {
        List<ChartTrades.Line> lines = userId == null ? trades.sample() : trades.of(userId);
        LocalDate today = trades.today();
        List<Trade> valued = lines.stream().map(ChartTrades.Line::trade).toList();
        Map<Long, String> accounts = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (ChartTrades.Line line : lines) {
            if (line.accountType() != null) {
                accounts.put(line.trade().id(), line.accountType());
            }
            if (!line.trade().code().isEmpty()) {
                codes.add(line.trade().code());
            }
        }
        LocalDate from = PersonalCharts.closesFrom(interval, today);
        Map<String, NavigableMap<LocalDate, BigDecimal>> closes =
                needs == Needs.HOLDINGS ? Map.of() : market.closes(codes, from, today);
        NavigableMap<LocalDate, BigDecimal> kospi =
                needs == Needs.CLOSES_AND_KOSPI && !codes.isEmpty() ? market.kospi(from, today) : new TreeMap<>();
        return PersonalCharts.of(new ChartInput(
                today, valued, accounts, market.names(codes), histories.load(valued, List.of(), today), closes, kospi));
    }
}
