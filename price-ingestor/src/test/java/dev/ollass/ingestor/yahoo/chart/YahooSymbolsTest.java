package dev.ollass.ingestor.yahoo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
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

    @Test
    void namesExchangeRatesByBothCurrencies() {
        assertThat(YahooSymbols.toStockCode("EURUSD=X", "CURRENCY")).isEqualTo("EURUSD");
        assertThat(YahooSymbols.toStockCode("KRW=X", "CURRENCY")).isEqualTo("USDKRW");
    }

    @Test
    void tellsIndicesAndExchangeRatesFromStocks() {
        assertThat(YahooSymbols.kindOf("^GSPC", "INDEX")).isEqualTo(InstrumentKind.INDEX);
        assertThat(YahooSymbols.kindOf("^KS11", null)).isEqualTo(InstrumentKind.INDEX);
        assertThat(YahooSymbols.kindOf("KRW=X", null)).isEqualTo(InstrumentKind.FX);
        assertThat(YahooSymbols.kindOf("EURUSD=X", "CURRENCY")).isEqualTo(InstrumentKind.FX);
        assertThat(YahooSymbols.kindOf("005930.KS", "EQUITY")).isEqualTo(InstrumentKind.STOCK);
        assertThat(YahooSymbols.kindOf("BTC-USD", "CRYPTOCURRENCY")).isEqualTo(InstrumentKind.STOCK);
    }
}
