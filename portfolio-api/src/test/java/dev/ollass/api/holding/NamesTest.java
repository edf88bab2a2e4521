package dev.ollass.api.holding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sides and currencies as people write them. */
class NamesTest {

    @Test
    void aSideIsReadInKoreanOrEnglishInAnyCase() {
        assertThat(Side.parse(" 매수 ")).contains(Side.BUY);
        assertThat(Side.parse("BUY")).contains(Side.BUY);
        assertThat(Side.parse("b")).contains(Side.BUY);
        assertThat(Side.parse("매도")).contains(Side.SELL);
        assertThat(Side.parse("Sell")).contains(Side.SELL);
        assertThat(Side.parse("sold")).contains(Side.SELL);
        assertThat(Side.parse("hold")).isEmpty();
        assertThat(Side.SELL.korean()).isEqualTo("매도");
        assertThat(Side.BUY.korean()).isEqualTo("매수");
    }

    @Test
    void aCurrencyIsReadByItsCodeOrKoreanName() {
        assertThat(Currency.parse(" usd")).contains(Currency.USD);
        assertThat(Currency.parse("달러")).contains(Currency.USD);
        assertThat(Currency.parse("KRW")).contains(Currency.KRW);
        assertThat(Currency.parse("원")).contains(Currency.KRW);
        assertThat(Currency.parse("EUR")).isEmpty();
    }
}
