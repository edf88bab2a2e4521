package dev.ollass.api.chart.market.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void givesEachCodeItsPercentOfTheWholeLargestFirst() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("KO", new BigDecimal("100"));
        values.put("AAPL", new BigDecimal("300"));

        assertThat(Shares.of(values))
                .containsExactly(new Share("AAPL", new BigDecimal("75.00")), new Share("KO", new BigDecimal("25.00")));
    }

    @Test
    void roundsToTwoDecimalsAndOrdersEqualSharesByCode() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("MSFT", BigDecimal.ONE);
        values.put("AAPL", BigDecimal.ONE);
        values.put("KO", new BigDecimal("2"));

        assertThat(Shares.of(values))
                .containsExactly(
                        new Share("KO", new BigDecimal("50.00")),
                        new Share("AAPL", new BigDecimal("25.00")),
                        new Share("MSFT", new BigDecimal("25.00")));
        assertThat(Shares.percent(BigDecimal.ONE, new BigDecimal("3"))).isEqualByComparingTo("33.33");
        assertThat(Shares.percent(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.67");
    }

    @Test
    void leavesOutWhatIsWorthNothingAndAnswersNothingRatherThanDividingByZero() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("AAPL", new BigDecimal("50"));
        values.put("KO", BigDecimal.ZERO);
        values.put("JNJ", new BigDecimal("-10"));

        assertThat(Shares.of(values)).containsExactly(new Share("AAPL", new BigDecimal("100.00")));
        assertThat(Shares.of(Map.of("KO", BigDecimal.ZERO))).isEmpty();
        assertThat(Shares.of(Map.of())).isEmpty();
    }
}
