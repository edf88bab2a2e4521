package dev.ollass.api.chart.personal.calc;

import static dev.ollass.api.chart.personal.calc.PersonalCharts.round;

import dev.ollass.api.chart.personal.calc.ChartBodies.DividendYear;
import dev.ollass.api.chart.personal.calc.ChartBodies.Share;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.MarketHistory.DividendPaid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code estimate-dividend}. {@code every}: per calendar year, the dividends received each month (KRW): for
 * every ex-date of a traded stock, the shares held at the end of the day before × the dividend per share, at
 * the ex-date's rate (the original paid every buy line every dividend after it, sells ignored); this year's
 * months still to come add the {@link DividendForecast forecast} × the shares held now, at the latest rate.
 * {@code type}: per held stock (named by its code, as the original), a year of dividends at today's holding:
 * the dividends per share of the last 365 days × the shares held, at the latest rate (the original took the
 * last dividend alone, which made a quarterly payer look like a fourth of a yearly one).
 */
final class DividendCalendar {

    static final List<String> MONTHS =
            List.of("1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월");

    private DividendCalendar() {}

    /** A dividend received (or forecast): its date and the KRW amount. */
    record Received(LocalDate date, BigDecimal krw) {}

    /** Every dividend received up to today, oldest first per stock. */
    static List<Received> received(PersonalCharts charts) {
        List<Received> received = new ArrayList<>();
        LocalDate today = charts.input.today();
        for (String code : charts.positions.codes()) {
            MarketHistory.Stock stock = charts.input.market().stock(code).orElseThrow();
            for (DividendPaid paid : charts.input.market().dividends(code)) {
                if (paid.exDate().isAfter(today)) {
                    continue;
                }
                BigDecimal shares = charts.positions.held(code, paid.exDate().minusDays(1));
                if (shares.signum() > 0) {
                    received.add(new Received(
                            paid.exDate(),
                            charts.rates.krw(shares.multiply(paid.amountPerShare()), stock.currency(), paid.exDate())));
                }
            }
        }
        return received;
    }

    static Charted<Map<String, DividendYear>> calendar(PersonalCharts charts) {
        LocalDate today = charts.input.today();
        TreeMap<Integer, BigDecimal[]> years = new TreeMap<>();
        List<Received> all = new ArrayList<>(received(charts));
        for (String code : charts.positions.codes()) {
            BigDecimal shares = charts.positions.held(code, today);
            if (shares.signum() == 0) {
                continue;
            }
            MarketHistory.Stock stock = charts.input.market().stock(code).orElseThrow();
            for (DividendPaid next : DividendForecast.of(charts.input.market().dividends(code), today)) {
                all.add(new Received(
                        next.exDate(), charts.rates.krwNow(shares.multiply(next.amountPerShare()), stock.currency())));
            }
        }
        for (Received one : all) {
            BigDecimal[] months = years.computeIfAbsent(one.date().getYear(), y -> zeros());
            int month = one.date().getMonthValue() - 1;
            months[month] = months[month].add(one.krw());
        }
        Map<String, DividendYear> body = new LinkedHashMap<>();
        if (years.isEmpty()) {
            body.put(
                    Integer.toString(today.getYear()),
                    new DividendYear(List.of(), List.of(), "", round(BigDecimal.ZERO)));
        }
        years.forEach((year, months) -> {
            List<BigDecimal> data =
                    Arrays.stream(months).map(PersonalCharts::round).toList();
            BigDecimal total = data.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            body.put(Integer.toString(year), new DividendYear(MONTHS, data, "원", total));
        });
        return charts.charted(body);
    }

    static Charted<List<Share>> shares(PersonalCharts charts) {
        LocalDate today = charts.input.today();
        LocalDate yearAgo = today.minusDays(365);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String code : charts.positions.codes()) {
            BigDecimal shares = charts.positions.held(code, today);
            if (shares.signum() == 0) {
                continue;
            }
            BigDecimal perShare = charts.input.market().dividends(code).stream()
                    .filter(d -> d.exDate().isAfter(yearAgo) && !d.exDate().isAfter(today))
                    .map(DividendPaid::amountPerShare)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (perShare.signum() > 0) {
                MarketHistory.Stock stock = charts.input.market().stock(code).orElseThrow();
                values.put(code, charts.rates.krwNow(shares.multiply(perShare), stock.currency()));
            }
        }
        if (values.isEmpty()) {
            return charts.charted(List.of(new Share("", round(BigDecimal.ZERO), round(BigDecimal.ZERO))));
        }
        return charts.charted(PersonalCharts.shares(values));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] months = new BigDecimal[12];
        Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }
}
