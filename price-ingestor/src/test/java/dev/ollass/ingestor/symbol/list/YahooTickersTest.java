package dev.ollass.ingestor.symbol.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §8.1: how the original turned a listed code into the ticker Yahoo knows. */
class YahooTickersTest {

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
        "939, HongKong, HSI, 0939.HK",
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
    void derivesTheTickerFromCodeCountryAndMarket(String code, String country, String market, String ticker) {
        assertThat(YahooTickers.of(code, country, market)).contains(ticker);
    }

    @ParameterizedTest
    @CsvSource({"X, Atlantis, ATX", "X, Netherlands, AEX", "X, South Korea, KOSPI"})
    void knowsNoTickerForAnotherCountryLabel(String code, String country, String market) {
        assertThat(YahooTickers.of(code, country, market)).isEmpty();
    }
}
