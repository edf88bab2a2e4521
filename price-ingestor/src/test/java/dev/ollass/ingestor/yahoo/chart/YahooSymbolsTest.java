package dev.ollass.ingestor.yahoo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YahooSymbolsTest {

    @ParameterizedTest
    @CsvSource({
        "005930, Korea, KOSPI, 005930.KS",
        "112040, Korea, KOSDAQ, 112040.KQ",
        "0126Z0, korea, kospi, 0126Z0.KS",
        "AAPL, USA, NASDAQ, AAPL",
        "BRK.B, USA, NYSE, BRK-B",
        "7203, Japan, TSE, 7203.T",
        "AZN, UK, FTSE, AZN.L",
        "SAP, Germany, DAX, SAP.DE",
        "MC, France, PX1, MC.PA",
        "600519, China, SHCOMP, 600519.SS",
        "1, HongKong, HSI, 0001.HK",
        "700, HongKong, HSI, 0700.HK",
        "C9, HongKong, HSI, C9.HK",
        "9988, HongKong, HSI, 9988.HK",
        "BIP.UN, Canada, GSPTSE, BIP-UN.TO",
        "BHP, Australia, AXJO, BHP.AX",
        "BAJAJ-AUTO, India, NSEI, BAJAJ-AUTO.BO",
        "PETR4, Brazil, BVSP, PETR4.SA",
        "ENI, Italy, FTSEMIB, ENI.MI",
        "SAN, Spain, IBEX, SAN.MC",
        "NESN, Switzerland, SMI, NESN.SW",
        "ASML, Netherland, AEX, ASML.AS"
    })
    void derivesTheTickerFromCodeCountryAndMarketAndTheCodeBackFromTheTicker(
            String code, String country, String market, String ticker) {
        assertThat(YahooSymbols.tickerOf(code, country, market)).contains(ticker);
        assertThat(YahooSymbols.toStockCode(ticker, "EQUITY")).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"X, Atlantis, ATX", "X, Netherlands, AEX", "X, South Korea, KOSPI"})
    void knowsNoTickerForAnotherCountryLabel(String code, String country, String market) {
        assertThat(YahooSymbols.tickerOf(code, country, market)).isEmpty();
    }

    @Test
    void givesHongKongCodesBackWithoutTheZerosYahooAdds() {
        assertThat(YahooSymbols.toStockCode("0700.HK", "EQUITY")).isEqualTo("700");
        assertThat(YahooSymbols.toStockCode("0000.HK", "EQUITY")).isEqualTo("0");
        assertThat(YahooSymbols.toStockCode("C9.HK", "EQUITY")).isEqualTo("C9");
    }

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
