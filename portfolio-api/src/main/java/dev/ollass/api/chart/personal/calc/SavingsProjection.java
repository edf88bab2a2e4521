package dev.ollass.api.chart.personal.calc;

import static dev.ollass.api.chart.personal.calc.PersonalCharts.round;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code asset-save-trend}: where the portfolio is heading in 15 years if it keeps growing and being saved into
 * as it has. The original projected from the last 90 days' buys only, took their return so far as a yearly
 * rate and four times that quarter's buys as the yearly saving, and subtracted 3 points for inflation (spec
 * §12.2 Q7). Here:
 *
 * <ul>
 *   <li>start: the market value of everything held now (KRW);
 *   <li>yearly saving {@code C}: the money put in over the last 365 days (buys − sells, KRW at each date's
 *       rate) plus the dividends received in them, never below 0;
 *   <li>yearly growth {@code g}: the held shares' unrealized return, annualised over the years since the first
 *       trade (at least one): {@code (1 + return)^(1/years) − 1};
 *   <li>{@code 예상자산}: {@code v(k) = (v(k−1) + C) × (1 + g)}, k = 1..15;
 *   <li>{@code 실질자산}: the same in today's money, {@code v(k) / 1.03^k} (3% inflation a year, the original's).
 * </ul>
 *
 * Unit {@code 억원} (÷10^8) when the start or the last estimate reaches 10^8 KRW, else {@code 만원} (÷10^4).
 */
final class SavingsProjection {

    static final int YEARS = 15;
    static final BigDecimal INFLATION = new BigDecimal("1.03");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private SavingsProjection() {}

    static Charted<ChartBodies.SaveTrend> of(PersonalCharts charts) {
        if (charts.held().isEmpty()) {
            return charts.charted(
                    new ChartBodies.SaveTrend(List.of(), List.of(), Map.of(), Map.of(), "", charts.missing()));
        }
        LocalDate today = charts.input.today();
        BigDecimal start = charts.portfolio.totals().marketValue().krw();
        BigDecimal saving = saving(charts, today);
        BigDecimal growth = growth(charts, today);
        List<BigDecimal> nominal = new ArrayList<>();
        List<BigDecimal> real = new ArrayList<>();
        BigDecimal value = start;
        BigDecimal deflator = BigDecimal.ONE;
        for (int year = 1; year <= YEARS; year++) {
            value = value.add(saving).multiply(growth, MathContext.DECIMAL64);
            deflator = deflator.multiply(INFLATION);
            nominal.add(value);
            real.add(value.divide(deflator, MathContext.DECIMAL64));
        }
        boolean large = start.compareTo(HUNDRED_MILLION) >= 0 || value.compareTo(HUNDRED_MILLION) >= 0;
        BigDecimal unit = large ? HUNDRED_MILLION : TEN_THOUSAND;
        List<String> axes = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int year = 1; year <= YEARS; year++) {
            axes.add(String.format("%02d", (today.getYear() + year) % 100));
            dates.add(year + "년후");
        }
        return charts.charted(new ChartBodies.SaveTrend(
                axes,
                dates,
                ChartBodies.series(inUnit(nominal, unit), "예상자산"),
                ChartBodies.series(inUnit(real, unit), "실질자산"),
                large ? "억원" : "만원",
                charts.missing()));
    }

    /** Money put in over the last 365 days plus the dividends received in them (KRW), at least 0. */
    static BigDecimal saving(PersonalCharts charts, LocalDate today) {
        LocalDate yearAgo = today.minusDays(365);
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : charts.positions.codes()) {
            sum = sum.add(charts.positions.flow(code, yearAgo, today));
        }
        for (var dividend : DividendCalendar.received(charts)) {
            if (dividend.date().isAfter(yearAgo)) {
                sum = sum.add(dividend.krw());
            }
        }
        return sum.max(BigDecimal.ZERO);
    }

    /** {@code 1 + g}: the held shares' return so far, per year since the first trade (at least one year). */
    static BigDecimal growth(PersonalCharts charts, LocalDate today) {
        BigDecimal soFar = BigDecimal.ONE.add(
                charts.portfolio.totals().unrealizedRate().divide(PersonalCharts.HUNDRED, MathContext.DECIMAL64));
        if (soFar.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        LocalDate first = Objects.requireNonNull(charts.positions.first());
        double years = Math.max(1.0, ChronoUnit.DAYS.between(first, today) / 365.25);
        // A fractional power has no exact BigDecimal form: 16 significant digits are far below a won.
        return new BigDecimal(Math.pow(soFar.doubleValue(), 1.0 / years), MathContext.DECIMAL64);
    }

    private static List<BigDecimal> inUnit(List<BigDecimal> values, BigDecimal unit) {
        return values.stream()
                .map(v -> round(v.divide(unit, MathContext.DECIMAL64)))
                .toList();
    }
}
