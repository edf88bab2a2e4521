package dev.ollass.api.holding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DuplicateKeyTest {

    static final LocalDate DAY = LocalDate.parse("2021-04-16");

    @Test
    void theSameTradeWrittenDifferentlyIsTheSameKey() {
        var typed = new DuplicateKey(DAY, "aapl ", Side.BUY, new BigDecimal("10"), new BigDecimal("130.5"), " ISA");
        var imported =
                new DuplicateKey(DAY, "AAPL", Side.BUY, new BigDecimal("10.000"), new BigDecimal("130.50"), "ISA");

        assertThat(typed).isEqualTo(imported).hasSameHashCodeAs(imported);
    }

    @Test
    void aBlankAccountIsNoAccount() {
        assertThat(new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TEN, null, " "))
                .isEqualTo(new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TEN, null, null));
    }

    @Test
    void aDifferentSideQuantityPriceOrAccountIsAnotherTrade() {
        var key = new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TEN, BigDecimal.ONE, "ISA");

        assertThat(key).isNotEqualTo(new DuplicateKey(DAY, "AAPL", Side.SELL, BigDecimal.TEN, BigDecimal.ONE, "ISA"));
        assertThat(key).isNotEqualTo(new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TWO, BigDecimal.ONE, "ISA"));
        assertThat(key).isNotEqualTo(new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TEN, BigDecimal.TWO, "ISA"));
        assertThat(key).isNotEqualTo(new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TEN, BigDecimal.ONE, "IRP"));
        assertThat(key).isNotEqualTo(new DuplicateKey(DAY, "AAPL", Side.BUY, BigDecimal.TEN, BigDecimal.ONE, null));
        assertThat(key)
                .isNotEqualTo(
                        new DuplicateKey(DAY.plusDays(1), "AAPL", Side.BUY, BigDecimal.TEN, BigDecimal.ONE, "ISA"));
    }

    @Test
    void aRoundNumberWithTrailingZerosMatchesItsIntegerForm() {
        assertThat(new DuplicateKey(DAY, "A", null, new BigDecimal("1E+1"), null, null).quantity())
                .isEqualTo(new BigDecimal("10"));
    }
}
