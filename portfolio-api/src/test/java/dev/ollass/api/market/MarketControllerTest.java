package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest({MarketController.class, IndexController.class, FxController.class})
class MarketControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MarketReader reader;

    @Test
    void servesDailyPricesInTheOriginalsFieldNames() {
        given(reader.dailyPrices(InstrumentKind.STOCK, "AAPL", LocalDate.of(2020, 11, 6), LocalDate.of(2020, 11, 6)))
                .willReturn(List.of(new DailyPrice(
                        "AAPL",
                        LocalDate.of(2020, 11, 6),
                        new BigDecimal("118.31999969482422"),
                        new BigDecimal("119.19999694824219"),
                        new BigDecimal("116.12999725341797"),
                        new BigDecimal("118.69000244140625"),
                        new BigDecimal("115.93415069580078"),
                        114_457_900L,
                        "USD",
                        List.of())));

        var response = mvc.get().uri("/api/market/v1/stocks/AAPL/daily?start=2020-11-06&end=2020-11-06");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                [{"code":"AAPL","date":"2020-11-06","opening_price":118.31999969482422,
                  "highest_price":119.19999694824219,"lowest_price":116.12999725341797,
                  "close_price":118.69000244140625,"adj_close_price":115.93415069580078,
                  "trade_volume":114457900,"currency":"USD","suspect":false,"suspect_reasons":[]}]""");
    }

    @Test
    void servesASuspectExchangeRateWithItsReasonsAndItsPricesAsTheSourceGaveThem() {
        // KRW=X.csv, 2021-03-19: closed below its low.
        given(reader.dailyPrices(InstrumentKind.FX, "USDKRW", LocalDate.of(2021, 3, 19), LocalDate.of(2021, 3, 19)))
                .willReturn(List.of(new DailyPrice(
                        "USDKRW",
                        LocalDate.of(2021, 3, 19),
                        new BigDecimal("1127.050049"),
                        new BigDecimal("1134.380005"),
                        new BigDecimal("1126.670044"),
                        new BigDecimal("1126.109985"),
                        new BigDecimal("1126.109985"),
                        0L,
                        "KRW",
                        List.of(SuspectReason.CLOSE_OUTSIDE_RANGE))));

        var response = mvc.get().uri("/api/market/v1/fx/USDKRW/daily?start=2021-03-19&end=2021-03-19");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                [{"code":"USDKRW","date":"2021-03-19","opening_price":1127.050049,"highest_price":1134.380005,
                  "lowest_price":1126.670044,"close_price":1126.109985,"adj_close_price":1126.109985,"trade_volume":0,
                  "currency":"KRW","suspect":true,"suspect_reasons":["CLOSE_OUTSIDE_RANGE"]}]""");
    }

    @Test
    void answersAnUnknownSymbolWithA404ProblemThatAlsoCarriesTheOriginalsMembers() {
        given(reader.dailyPrices(InstrumentKind.STOCK, "NOPE", LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)))
                .willReturn(List.of());
        given(reader.hasAnyDailyPrice(InstrumentKind.STOCK, "NOPE")).willReturn(false);

        var response = mvc.get().uri("/api/market/v1/stocks/NOPE/daily");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/market-data-not-found","status":404,"status_code":404,
                 "detail":"No market data for NOPE.","field":"code"}""");
    }

    @Test
    void rejectsADateThatIsNotADateNamingTheParameter() {
        var response = mvc.get().uri("/api/market/v1/stocks/AAPL/daily?start=2020-13-45");

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-parameter","status_code":400,"field":"start"}""");
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        var response = mvc.get().uri("/api/market/v1/stocks/AAPL/daily?start=2020-11-06&end=2020-11-01");

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-date-range","status_code":400}""");
    }

    @Test
    void servesTheLatestPrice() {
        given(reader.latestPrice(InstrumentKind.STOCK, "AAPL"))
                .willReturn(Optional.of(new CurrentPrice(
                        "AAPL",
                        new BigDecimal("118.69000244140625"),
                        "USD",
                        LocalDate.of(2020, 11, 6),
                        Instant.parse("2026-11-26T12:00:00Z"))));

        // Matched as the projections store it: trimmed, upper case.
        var response = mvc.get().uri("/api/market/v1/stocks/{code}/latest", " aapl ");

        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"code":"AAPL","price":118.69000244140625,"currency":"USD","date":"2020-11-06",
                 "observed_at":"2026-11-26T12:00:00Z"}""");
    }

    @Test
    void servesTheDividendsOfAStockWhateverTheCaseOfItsCode() {
        given(reader.dividends("AAPL"))
                .willReturn(List.of(new Dividend("AAPL", LocalDate.of(2020, 11, 6), new BigDecimal("0.205"), "USD")));

        var response = mvc.get().uri("/api/market/v1/stocks/aapl/dividends");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                [{"code":"AAPL","ex_date":"2020-11-06","amount":0.205,"currency":"USD"}]""");
    }

    @Test
    void servesNoDividendsOfAKnownStockThatPaysNone() {
        given(reader.dividends("TSLA")).willReturn(List.of());
        given(reader.knowsStock("TSLA")).willReturn(true);

        var response = mvc.get().uri("/api/market/v1/stocks/TSLA/dividends");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("[]");
    }

    @Test
    void answersTheDividendsOfAnUnknownStockWithA404Problem() {
        given(reader.dividends("NOPE")).willReturn(List.of());
        given(reader.knowsStock("NOPE")).willReturn(false);

        var response = mvc.get().uri("/api/market/v1/stocks/nope/dividends");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/market-data-not-found","status_code":404,
                 "detail":"No market data for NOPE.","field":"code"}""");
    }

    @Test
    void servesTheSplitsOfAStock() {
        given(reader.splits("005930")).willReturn(List.of(new Split("005930", LocalDate.of(2018, 5, 4), 50, 1)));

        var response = mvc.get().uri("/api/market/v1/stocks/005930/splits");

        assertThat(response).bodyJson().isStrictlyEqualTo("""
                [{"code":"005930","ex_date":"2018-05-04","numerator":50,"denominator":1}]""");
    }

    @Test
    void answersTheSplitsOfAnUnknownStockWithA404Problem() {
        given(reader.splits("NOPE")).willReturn(List.of());

        var response = mvc.get().uri("/api/market/v1/stocks/NOPE/splits");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/market-data-not-found","status_code":404}""");
    }

    @Test
    void servesTheDailyBarsOfAnIndexFromTheIndexSeries() {
        given(reader.dailyPrices(InstrumentKind.INDEX, "KS11", LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 16)))
                .willReturn(List.of(new DailyPrice(
                        "KS11",
                        LocalDate.of(2021, 4, 16),
                        new BigDecimal("3187.419921875"),
                        new BigDecimal("3203.25"),
                        new BigDecimal("3183.830078125"),
                        new BigDecimal("3198.6201171875"),
                        new BigDecimal("3198.6201171875"),
                        1_012_000L,
                        "KRW",
                        List.of())));

        var response = mvc.get().uri("/api/market/v1/indices/ks11/daily?start=2021-04-16&end=2021-04-16");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                [{"code":"KS11","date":"2021-04-16","close_price":3198.6201171875,"currency":"KRW"}]""");
    }

    @Test
    void answersAnIndexNobodyCollectsWithA404Problem() {
        given(reader.dailyPrices(InstrumentKind.INDEX, "AAPL", LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)))
                .willReturn(List.of());
        given(reader.hasAnyDailyPrice(InstrumentKind.INDEX, "AAPL")).willReturn(false);

        var response = mvc.get().uri("/api/market/v1/indices/AAPL/daily");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/market-data-not-found","status_code":404}""");
    }

    @Test
    void servesTheLatestLevelOfAnIndex() {
        given(reader.latestPrice(InstrumentKind.INDEX, "GSPC"))
                .willReturn(Optional.of(new CurrentPrice(
                        "GSPC",
                        new BigDecimal("4185.47021484375"),
                        "USD",
                        LocalDate.of(2021, 4, 16),
                        Instant.parse("2021-04-17T02:00:00Z"))));

        var response = mvc.get().uri("/api/market/v1/indices/gspc/latest");

        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"code":"GSPC","price":4185.47021484375,"currency":"USD","date":"2021-04-16",
                 "observed_at":"2021-04-17T02:00:00Z"}""");
    }

    @Test
    void servesTheLatestExchangeRateOfAPair() {
        given(reader.latestPrice(InstrumentKind.FX, "USDKRW"))
                .willReturn(Optional.of(new CurrentPrice(
                        "USDKRW",
                        new BigDecimal("1116.9200439453125"),
                        "KRW",
                        LocalDate.of(2021, 4, 16),
                        Instant.parse("2021-04-16T14:00:00Z"))));

        var response = mvc.get().uri("/api/market/v1/fx/usdkrw/latest");

        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"code":"USDKRW","price":1116.9200439453125,"currency":"KRW"}""");
    }

    @Test
    void answersAPairWithoutARateWithA404Problem() {
        given(reader.latestPrice(InstrumentKind.FX, "EURKRW")).willReturn(Optional.empty());

        var response = mvc.get().uri("/api/market/v1/fx/EURKRW/latest");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/market-data-not-found","detail":"No market data for EURKRW."}""");
    }

    @Test
    void rejectsAnExchangeRateRangeThatEndsBeforeItStarts() {
        var response = mvc.get().uri("/api/market/v1/fx/USDKRW/daily?start=2021-04-16&end=2021-04-01");

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-date-range","status_code":400}""");
    }

    @Test
    void answersARouteThatDoesNotExistWithAProblemToo() {
        var response = mvc.get().uri("/api/market/v1/nothing-here");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"status":404,"status_code":404}""");
    }
}
