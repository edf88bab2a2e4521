package dev.ollass.ingestor.yahoo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YahooSymbolsTest {

    @Test
    void dropsTheExchangeSuffixOfNonUsListings() {
        assertThat(YahooSymbols.toStockCode("005930.KS", "EQUITY")).isEqualTo("005930");
        assertThat(YahooSymbols.toStockCode("035720.KQ", "EQUITY")).isEqualTo("035720");
        assertThat(YahooSymbols.toStockCode("7203.T", "EQUITY")).isEqualTo("7203");
    }

    @Test
    void writesShareClassesWithADotAsTheSymbolListsDo() {
        assertThat(YahooSymbols.toStockCode("BRK-B", "EQUITY")).isEqualTo("BRK.B");
        assertThat(YahooSymbols.toStockCode("BTC-USD", "CRYPTOCURRENCY")).isEqualTo("BTC-USD");
    }

    @Test
    void namesIndicesWithoutTheirCaret() {
        assertThat(YahooSymbols.toStockCode("^KS11", "INDEX")).isEqualTo("KS11");
    }
}
