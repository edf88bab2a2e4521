package dev.ollass.api.chart.personal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.holding.MarketHistory.DividendPaid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The original's dividend forecast (spec §8.9), computed when read; today is 2021-04-16. */
class DividendForecastTest {

    private static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    private static DividendPaid paid(String date, String amount) {
        return new DividendPaid(LocalDate.parse(date), new BigDecimal(amount));
    }

    @Test
    void lastYearsMonthGrowsByTheYearlyGrowth() {
        // Yearly 1.00 (2018), 1.10 (2019), 1.21 (2020): 10% a year.
        List<DividendPaid> history = List.of(
                paid("2018-06-10", "1.00"),
                paid("2019-06-10", "1.10"),
                paid("2020-06-10", "1.21"),
                paid("2021-02-10", "0.5"));

        List<DividendPaid> forecast = DividendForecast.of(history, TODAY);

        assertThat(forecast).hasSize(1);
        assertThat(forecast.get(0).exDate()).isEqualTo(LocalDate.parse("2021-06-10"));
        assertThat(forecast.get(0).amountPerShare()).isCloseTo(new BigDecimal("1.331"), withinTiny());
    }

    @Test
    void aMonthLastYearLackedIsTakenFromTwoOrThreeYearsBackGrownSinceOnTheSameDay() {
        List<DividendPaid> history = List.of(
                paid("2018-01-31", "1"),
                paid("2018-09-30", "2"),
                paid("2019-08-31", "1"),
                paid("2019-09-05", "0"),
                paid("2020-05-20", "1"),
                paid("2020-05-25", "1"));

        List<DividendPaid> forecast = DividendForecast.of(history, TODAY);

        // Yearly 3 (2018), 1 (2019), 2 (2020): g = (2/3)^(1/2) − 1.
        double g = Math.sqrt(2.0 / 3.0);
        assertThat(forecast)
                .extracting(DividendPaid::exDate)
                .containsExactly(
                        LocalDate.parse("2021-05-20"), LocalDate.parse("2021-08-31"), LocalDate.parse("2021-09-30"));
        assertThat(forecast.get(0).amountPerShare()).isCloseTo(BigDecimal.valueOf(2 * g), withinTiny());
        assertThat(forecast.get(1).amountPerShare()).isCloseTo(BigDecimal.valueOf(g * g), withinTiny());
        assertThat(forecast.get(2).amountPerShare()).isCloseTo(BigDecimal.valueOf(2 * g * g * g), withinTiny());
    }

    @Test
    void nothingIsForecastWithoutDividendsInEachOfTheLastThreeYears() {
        assertThat(DividendForecast.of(List.of(paid("2019-06-10", "1"), paid("2020-06-10", "1")), TODAY))
                .isEmpty();
        assertThat(DividendForecast.of(List.of(paid("2018-06-10", "1"), paid("2020-06-10", "1")), TODAY))
                .isEmpty();
        assertThat(DividendForecast.of(List.of(paid("2018-06-10", "1"), paid("2019-06-10", "1")), TODAY))
                .isEmpty();
    }

    @Test
    void monthsAlreadyPaidThisYearOrPassedAreNotForecast() {
        List<DividendPaid> history = new ArrayList<>();
        for (int year = 2018; year <= 2020; year++) {
            history.add(paid(year + "-01-15", "1"));
            history.add(paid(year + "-04-16", "1"));
            history.add(paid(year + "-04-17", "1"));
            history.add(paid(year + "-07-15", "1"));
            history.add(paid(year + "-10-15", "1"));
        }
        history.add(paid("2021-07-01", "1"));

        assertThat(DividendForecast.of(history, TODAY))
                .extracting(DividendPaid::exDate)
                .containsExactly(LocalDate.parse("2021-10-15"));
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        List<DividendPaid> history = List.of(
                paid("2018-11-30", "1"), paid("2019-11-30", "1"), paid("2020-02-29", "1"), paid("2020-11-30", "1"));

        assertThat(DividendForecast.of(history, TODAY))
                .extracting(DividendPaid::exDate)
                .containsExactly(LocalDate.parse("2021-11-30"));
        assertThat(DividendForecast.of(history, LocalDate.parse("2021-01-10")))
                .extracting(DividendPaid::exDate)
                .containsExactly(LocalDate.parse("2021-02-28"), LocalDate.parse("2021-11-30"));
    }

    @Test
    void growthIsZeroWithOneYear() {
        var yearly = new java.util.TreeMap<Integer, BigDecimal>();
        yearly.put(2020, BigDecimal.TEN);
        assertThat(DividendForecast.growth(yearly)).isZero();
    }

    private static org.assertj.core.data.Offset<BigDecimal> withinTiny() {
        return org.assertj.core.data.Offset.offset(new BigDecimal("0.000000001"));
    }
}
