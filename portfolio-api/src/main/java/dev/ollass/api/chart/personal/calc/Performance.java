package dev.ollass.api.chart.personal.calc;

import static dev.ollass.api.chart.personal.calc.PersonalCharts.HUNDRED;
import static dev.ollass.api.chart.personal.calc.PersonalCharts.round;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * {@code performance-analysis}: the user's return and KOSPI's over the same business days, both cumulative
 * since the window's first day, in %. The original compared the user's cost-basis return on each day with
 * KOSPI's return from that day until now, and averaged (spec §12.2 Q8); here:
 *
 * <ul>
 *   <li>{@code 내 수익률}: the time-weighted return since the first day: each day's value of the shares held at
 *       its end (closes, a gap carried forward, today's latest price, KRW at the day's rate), less the money put
 *       in by that day's trades (buys − sells), against the day before's value, chained. Buying or selling does
 *       not move it; prices do.
 *       A stock without any price is left out (and named in {@code missing_data});
 *   <li>{@code 코스피}: KOSPI's close on each day (carried forward) against its close on the first day;
 *   <li>{@code myReturnRate}, {@code contrastMarketReturns}: the two series' last values (the whole window's
 *       returns), not averages;
 *   <li>{@code 1month}: one point per business day ({@code MM.DD}, {@code YYYY.MM.DD}); the others one per
 *       month ({@code YY.M}, {@code YYYY.M}): the value at the month's last business day in the window.
 * </ul>
 *
 * The days are the original's: Monday to Friday from 30 days before today (a day or two earlier when a weekend
 * falls in the first five), or from the first of the month 2, 5 or 11 months back.
 */
final class Performance {

    private static final DateTimeFormatter DAY_AXIS = DateTimeFormatter.ofPattern("MM.dd");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private Performance() {}

    /** The first day of the window of {@code interval} ending today. */
    static LocalDate start(Interval interval, LocalDate today) {
        if (interval == Interval.ONE_MONTH) {
            LocalDate start = today.minusDays(30);
            boolean saturday = false;
            boolean sunday = false;
            for (int i = 0; i < 5; i++) {
                DayOfWeek day = start.plusDays(i).getDayOfWeek();
                saturday |= day == DayOfWeek.SATURDAY;
                sunday |= day == DayOfWeek.SUNDAY;
            }
            return start.minusDays((saturday ? 1 : 0) + (sunday ? 1 : 0));
        }
        return today.withDayOfMonth(1).minusMonths(interval.months() - 1L);
    }

    static List<LocalDate> days(Interval interval, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = start(interval, today); !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    static Charted<ChartBodies.Performance> of(PersonalCharts charts, Interval interval) {
        if (charts.positions.codes().isEmpty()) {
            return charts.charted(new ChartBodies.Performance(
                    List.of(),
                    List.of(),
                    Map.of(),
                    Map.of(),
                    "",
                    round(BigDecimal.ZERO),
                    round(BigDecimal.ZERO),
                    charts.missing()));
        }
        List<LocalDate> days = days(interval, charts.input.today());
        List<String> priced = charts.positions.codes().stream()
                .filter(code -> priced(charts, code))
                .toList();
        List<BigDecimal> mine = mine(charts, days, priced);
        List<BigDecimal> kospi = kospi(charts, days);
        List<String> axes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values1 = new ArrayList<>();
        List<BigDecimal> values2 = new ArrayList<>();
        if (interval == Interval.ONE_MONTH) {
            for (int i = 0; i < days.size(); i++) {
                axes.add(days.get(i).format(DAY_AXIS));
                labels.add(days.get(i).format(DAY));
            }
            values1.addAll(mine);
            values2.addAll(kospi);
        } else {
            Map<YearMonth, Integer> lastOfMonth = new LinkedHashMap<>();
            for (int i = 0; i < days.size(); i++) {
                lastOfMonth.put(YearMonth.from(days.get(i)), i);
            }
            lastOfMonth.forEach((month, i) -> {
                axes.add(String.format("%02d.%d", month.getYear() % 100, month.getMonthValue()));
                labels.add(month.getYear() + "." + month.getMonthValue());
                values1.add(mine.get(i));
                values2.add(kospi.get(i));
            });
        }
        return charts.charted(new ChartBodies.Performance(
                axes,
                labels,
                ChartBodies.series(values1, "내 수익률"),
                ChartBodies.series(values2, "코스피"),
                "%",
                values1.getLast(),
                values2.getLast(),
                charts.missing()));
    }

    /** Whether the market has any price of {@code code}; if not, it is named missing. */
    private static boolean priced(PersonalCharts charts, String code) {
        NavigableMap<LocalDate, BigDecimal> closes = charts.input.closes().get(code);
        boolean any = (closes != null && !closes.isEmpty())
                || charts.input.market().latestPrice(code).isPresent();
        if (!any) {
            charts.missing(code);
        }
        return any;
    }

    /** The time-weighted return since the first day, in %, per day. */
    private static List<BigDecimal> mine(PersonalCharts charts, List<LocalDate> days, List<String> codes) {
        List<BigDecimal> series = new ArrayList<>();
        BigDecimal growth = BigDecimal.ONE;
        BigDecimal previous = value(charts, codes, days.get(0));
        series.add(round(BigDecimal.ZERO));
        for (int i = 1; i < days.size(); i++) {
            BigDecimal in = BigDecimal.ZERO;
            for (String code : codes) {
                in = in.add(charts.positions.flow(code, days.get(i - 1), days.get(i)));
            }
            BigDecimal value = value(charts, codes, days.get(i));
            // The day's trades at its end (bought or sold at the close, they do not move the day's return); from
            // nothing held, the day's return is the close against the price paid.
            if (previous.signum() > 0) {
                growth = growth.multiply(
                        value.subtract(in).divide(previous, MathContext.DECIMAL64), MathContext.DECIMAL64);
            } else if (in.signum() > 0) {
                growth = growth.multiply(value.divide(in, MathContext.DECIMAL64), MathContext.DECIMAL64);
            }
            series.add(round(growth.subtract(BigDecimal.ONE).multiply(HUNDRED)));
            previous = value;
        }
        return series;
    }

    private static BigDecimal value(PersonalCharts charts, List<String> codes, LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal shares = charts.positions.held(code, day);
            if (shares.signum() > 0) {
                sum = sum.add(PersonalCharts.orZero(charts.valueOn(code, shares, day)));
            }
        }
        return sum;
    }

    /** KOSPI's return since the first day, in %, per day; zeros (and {@code KS11} missing) without its closes. */
    private static List<BigDecimal> kospi(PersonalCharts charts, List<LocalDate> days) {
        NavigableMap<LocalDate, BigDecimal> closes = charts.input.kospi();
        var base = closes.floorEntry(days.get(0));
        if (base == null) {
            base = closes.ceilingEntry(days.get(0));
        }
        if (base == null || base.getValue().signum() <= 0) {
            charts.missing("KS11");
            return days.stream().map(d -> round(BigDecimal.ZERO)).toList();
        }
        List<BigDecimal> series = new ArrayList<>();
        for (LocalDate day : days) {
            var close = closes.floorEntry(day);
            BigDecimal level = close == null ? base.getValue() : close.getValue();
            series.add(round(level.divide(base.getValue(), MathContext.DECIMAL64)
                    .subtract(BigDecimal.ONE)
                    .multiply(HUNDRED)));
        }
        return series;
    }
}
