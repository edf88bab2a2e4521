package dev.ollass.api.chart.people.calc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.chart.market.calc.Share;
import dev.ollass.api.holding.Amount;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Holding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SharedPortfolioTest {

    /** A holding worth {@code krw} now, priced (or not) on 2021-04-16. */
    private static Holding holding(
            String code, Currency currency, String quantity, String krw, @Nullable String price) {
        Amount value = new Amount(new BigDecimal(krw), new BigDecimal(krw), BigDecimal.ONE);
        return new Holding(
                code,
                currency,
                new BigDecimal(quantity),
                BigDecimal.TEN,
                value,
                value,
                Amount.ZERO,
                BigDecimal.ZERO,
                Amount.ZERO,
                Amount.ZERO,
                Amount.ZERO,
                price == null ? null : new Holding.Price(new BigDecimal(price), LocalDate.parse("2021-04-16"), false),
                List.of());
    }

    @Test
    void sharesEachHeldStocksPartOfTheCurrentWonValue() {
        SharedPortfolio shared = SharedPortfolio.of(
                "가치투자자",
                List.of(
                        holding("005930", Currency.KRW, "5", "500000", "100000"),
                        holding("AAPL", Currency.USD, "10", "1500000", "134.16")),
                true);

        assertThat(shared.nickname()).isEqualTo("가치투자자");
        assertThat(shared.shares())
                .containsExactly(
                        new Share("AAPL", new BigDecimal("75.00")), new Share("005930", new BigDecimal("25.00")));
        assertThat(shared.missing()).isEmpty();
        assertThat(shared.isEmpty()).isFalse();
    }

    @Test
    void aStockSoldOutTakesNoShare() {
        SharedPortfolio shared = SharedPortfolio.of(
                "seller",
                List.of(
                        holding("KO", Currency.USD, "0", "0", "50"),
                        holding("005930", Currency.KRW, "1", "83900", "83900")),
                true);

        assertThat(shared.shares()).containsExactly(new Share("005930", new BigDecimal("100.00")));
    }

    @Test
    void leavesOutAndNamesAStockWithoutAnyPrice() {
        SharedPortfolio shared = SharedPortfolio.of(
                "gap",
                List.of(
                        holding("000660", Currency.KRW, "3", "300000", null),
                        holding("005930", Currency.KRW, "1", "83900", "83900")),
                true);

        assertThat(shared.shares()).containsExactly(new Share("005930", new BigDecimal("100.00")));
        assertThat(shared.missing()).containsExactly("000660");
    }

    @Test
    void namesTheDollarRateWhenAUsStockIsHeldAndNoRateIsKnown() {
        SharedPortfolio withUs =
                SharedPortfolio.of("us", List.of(holding("AAPL", Currency.USD, "1", "187600", "134")), false);
        SharedPortfolio koreanOnly =
                SharedPortfolio.of("kr", List.of(holding("005930", Currency.KRW, "1", "83900", "83900")), false);

        assertThat(withUs.missing()).containsExactly("USDKRW");
        assertThat(withUs.shares()).containsExactly(new Share("AAPL", new BigDecimal("100.00")));
        assertThat(koreanOnly.missing()).isEmpty();
    }

    @Test
    void isEmptyWhenNothingIsHeld() {
        assertThat(SharedPortfolio.of("nobody", List.of(), true).isEmpty()).isTrue();
        assertThat(SharedPortfolio.of("soldout", List.of(holding("KO", Currency.USD, "0", "0", "50")), true)
                        .isEmpty())
                .isTrue();
    }
}
