package dev.ollass.api.chart.personal.calc;

import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Everything a personal chart is computed from.
 *
 * @param today the market clock's today (exchange-local dates end there)
 * @param trades the user's transactions as traded, complete or not
 * @param accounts the account type ({@code 계좌종류}) of each trade id that names one
 * @param names the Korean name of each stock code the universe knows
 * @param market the holdings' market data for these trades (latest prices, dividends, splits, USDKRW)
 * @param closes the daily closes (today's share units) of the trades' stocks over the chart's window, from a
 *     little before it so that a gap at its start is carried forward
 * @param kospi KOSPI ({@code KS11}) closes over the same window, with the latest level as today's
 */
public record ChartInput(
        LocalDate today,
        List<Trade> trades,
        Map<Long, String> accounts,
        Map<String, String> names,
        MarketHistory market,
        Map<String, NavigableMap<LocalDate, BigDecimal>> closes,
        NavigableMap<LocalDate, BigDecimal> kospi) {

    public ChartInput {
        trades = List.copyOf(trades);
        accounts = Map.copyOf(accounts);
        names = Map.copyOf(names);
        closes = Map.copyOf(closes);
    }

    /** The account type of a trade, {@code 기타} (other) when it names none, as the original grouped them. */
    String account(long tradeId) {
        return accounts.getOrDefault(tradeId, "기타");
    }

    /** The Korean name of a stock, else its code. */
    String name(String code) {
        return names.getOrDefault(code, code);
    }
}
