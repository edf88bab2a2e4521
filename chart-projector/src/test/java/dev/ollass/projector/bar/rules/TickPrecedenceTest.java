package dev.ollass.projector.bar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TickPrecedenceTest {

    private static final Instant AFTER_THE_CLOSE = Instant.parse("2020-11-06T21:05:00Z");
    private static final Instant NEXT_MORNING = Instant.parse("2020-11-07T14:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.of(2020, 11, 5);
    private static final LocalDate FRIDAY = LocalDate.of(2020, 11, 6);

    @Test
    void keepsTheNewerObservationOfADayWhicheverArrivesFirst() {
        PriceTick early = tick(FRIDAY, "118.00", AFTER_THE_CLOSE);
        PriceTick corrected = tick(FRIDAY, "118.69", NEXT_MORNING);

        assertThat(TickPrecedence.newerObservation(early, corrected)).isSameAs(corrected);
        assertThat(TickPrecedence.newerObservation(corrected, early)).isSameAs(corrected);
    }

    @Test
    void letsTheLaterArrivalWinWhenBothWereObservedAtTheSameInstant() {
        PriceTick first = tick(FRIDAY, "118.00", AFTER_THE_CLOSE);
        PriceTick redelivered = tick(FRIDAY, "118.69", AFTER_THE_CLOSE);

        assertThat(TickPrecedence.newerObservation(first, redelivered)).isSameAs(redelivered);
    }

    @Test
    void keepsTheLatestPriceOnTheLaterTradingDayEvenWhenAnOlderDayIsObservedLater() {
        PriceTick friday = tick(FRIDAY, "118.69", AFTER_THE_CLOSE);
        PriceTick thursdayBackfilled = tick(THURSDAY, "114.95", NEXT_MORNING);

        assertThat(TickPrecedence.laterTradingDay(friday, thursdayBackfilled)).isSameAs(friday);
        assertThat(TickPrecedence.laterTradingDay(thursdayBackfilled, friday)).isSameAs(friday);
    }

    @Test
    void movesTheLatestPriceToANewerObservationOfTheSameDay() {
        PriceTick early = tick(FRIDAY, "118.00", AFTER_THE_CLOSE);
        PriceTick corrected = tick(FRIDAY, "118.69", NEXT_MORNING);

        assertThat(TickPrecedence.laterTradingDay(early, corrected)).isSameAs(corrected);
        assertThat(TickPrecedence.laterTradingDay(corrected, early)).isSameAs(corrected);
    }

    private static PriceTick tick(LocalDate tradingDate, String close, Instant observedAt) {
        BigDecimal price = new BigDecimal(close);
        return new PriceTick(
                "AAPL",
                tradingDate,
                "America/New_York",
                "USD",
                price,
                price,
                price,
                price,
                price,
                1000L,
                "test",
                observedAt,
                InstrumentKind.STOCK);
    }
}
