package dev.ollass.api.chart.personal.calc;

import dev.ollass.api.holding.MarketHistory.DividendPaid;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dividends of a stock still to come this year, from its history (the original's estimate job, spec §8.9,
 * here computed when a chart is read):
 *
 * <ol>
 *   <li>growth {@code g}: the yearly sums of the calendar years before this one that had dividends, first
 *       against last: {@code (last / first)^(1/(n − 1)) − 1}, 0 with one year;
 *   <li>only a stock that paid in each of the three years before this one is forecast;
 *   <li>each month without a dividend yet this year that had one last year gets last year's (that month's sum)
 *       × (1 + g); else two years ago × (1 + g)²; else three × (1 + g)³; on the same day of the month as the
 *       first such payment, this year.
 * </ol>
 *
 * Changed: the growth leaves this year out (the original counted this year's first payments as a whole year,
 * so every forecast made before December shrank), and a forecast date on or before today is dropped (a month
 * passed without its dividend did not pay it; the original forecast it anyway).
 */
final class DividendForecast {

    private DividendForecast() {}

    static List<DividendPaid> of(List<DividendPaid> history, LocalDate today) {
        int year = today.getYear();
        TreeMap<Integer, BigDecimal> yearly = new TreeMap<>();
        Map<Integer, TreeMap<Integer, List<DividendPaid>>> byYearMonth = new TreeMap<>();
        for (DividendPaid paid : history) {
            int paidYear = paid.exDate().getYear();
            if (paidYear > year || paid.amountPerShare().signum() <= 0) {
                continue;
            }
            if (paidYear < year) {
                yearly.merge(paidYear, paid.amountPerShare(), BigDecimal::add);
            }
            byYearMonth
                    .computeIfAbsent(paidYear, y -> new TreeMap<>())
                    .computeIfAbsent(paid.exDate().getMonthValue(), m -> new ArrayList<>())
                    .add(paid);
        }
        if (!yearly.containsKey(year - 1) || !yearly.containsKey(year - 2) || !yearly.containsKey(year - 3)) {
            return List.of();
        }
        BigDecimal factor = BigDecimal.ONE.add(growth(yearly));
        List<DividendPaid> forecast = new ArrayList<>();
        var thisYear = byYearMonth.getOrDefault(year, new TreeMap<>());
        for (int month = 1; month <= 12; month++) {
            if (thisYear.containsKey(month)) {
                continue;
            }
            for (int back = 1; back <= 3; back++) {
                List<DividendPaid> then =
                        byYearMonth.getOrDefault(year - back, new TreeMap<>()).get(month);
                if (then == null) {
                    continue;
                }
                BigDecimal amount = then.stream()
                        .map(DividendPaid::amountPerShare)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .multiply(factor.pow(back), MathContext.DECIMAL64);
                LocalDate first = then.get(0).exDate();
                LocalDate date = LocalDate.of(year, month, 1)
                        .withDayOfMonth(Math.min(
                                first.getDayOfMonth(),
                                LocalDate.of(year, month, 1).lengthOfMonth()));
                if (date.isAfter(today)) {
                    forecast.add(new DividendPaid(date, amount));
                }
                break;
            }
        }
        return forecast;
    }

    /** {@code (last / first)^(1/(n − 1)) − 1} over the yearly sums; 0 with one year. */
    static BigDecimal growth(TreeMap<Integer, BigDecimal> yearly) {
        if (yearly.size() <= 1) {
            return BigDecimal.ZERO;
        }
        double ratio = yearly.lastEntry()
                .getValue()
                .divide(yearly.firstEntry().getValue(), MathContext.DECIMAL64)
                .doubleValue();
        // A fractional power has no exact BigDecimal form; 16 digits are plenty for a growth rate.
        return new BigDecimal(Math.pow(ratio, 1.0 / (yearly.size() - 1)) - 1, MathContext.DECIMAL64);
    }
}
