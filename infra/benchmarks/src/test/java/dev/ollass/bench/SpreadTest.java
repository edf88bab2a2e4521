package dev.ollass.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void reportsTheMiddleMeasurementWhateverTheOrderTheyWereTakenIn() {
        Spread spread = Spread.of(300, 100, 200, 900, 250);

        assertThat(spread).isEqualTo(new Spread(250, 100, 900, 5));
    }

    @Test
    void reportsTheMeanOfTheTwoMiddleMeasurementsOfAnEvenCount() {
        assertThat(Spread.of(40, 10, 20, 30).median()).isEqualTo(25);
    }

    @Test
    void saysHowFarTheExtremesLieApartAsAShareOfTheMedian() {
        assertThat(Spread.of(90, 100, 150).relativeRange()).isEqualTo(0.6);
    }

    @Test
    void convertsEveryFigureToAnotherUnit() {
        assertThat(Spread.of(1, 2, 4).map(passes -> passes * 263)).isEqualTo(new Spread(526, 263, 1052, 3));
    }

    @Test
    void needsAtLeastOneMeasurement() {
        assertThatThrownBy(Spread::of).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passesFromHalfTheRawRateOn() {
        assertThat(IngestBenchmark.verdict(0.5)).contains("50%").contains("PASS");
        assertThat(IngestBenchmark.verdict(0.49)).contains("49%").contains("FAIL");
    }
}
