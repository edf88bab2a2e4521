package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

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

@WebMvcTest(MarketController.class)
class MarketControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MarketReader reader;

    @Test
    void servesDailyPricesInTheOriginalsFieldNames() {
        given(reader.dailyPrices("AAPL", LocalDate.of(2020, 11, 6), LocalDate.of(2020, 11, 6)))
                .willReturn(List.of(new DailyPrice(
                        "AAPL",
                        LocalDate.of(2020, 11, 6),
                        new BigDecimal("118.31999969482422"),
                        new BigDecimal("119.19999694824219"),
                        new BigDecimal("116.12999725341797"),
                        new BigDecimal("118.69000244140625"),
                        new BigDecimal("115.93415069580078"),
                        114_457_900L,
                        "USD")));

        var response = mvc.get().uri("/api/market/v1/stocks/AAPL/daily?start=2020-11-06&end=2020-11-06");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                [{"code":"AAPL","date":"2020-11-06","opening_price":118.31999969482422,
                  "highest_price":119.19999694824219,"lowest_price":116.12999725341797,
                  "close_price":118.69000244140625,"adj_close_price":115.93415069580078,
                  "trade_volume":114457900,"currency":"USD"}]""");
    }

    @Test
    void answersAnUnknownSymbolWithA404ProblemThatAlsoCarriesTheOriginalsMembers() {
        given(reader.dailyPrices("NOPE", LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)))
                .willReturn(List.of());
        given(reader.hasAnyDailyPrice("NOPE")).willReturn(false);

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
        given(reader.latestPrice("AAPL"))
                .willReturn(Optional.of(new CurrentPrice(
                        "AAPL",
                        new BigDecimal("118.69000244140625"),
                        "USD",
                        LocalDate.of(2020, 11, 6),
                        Instant.parse("2026-11-26T12:00:00Z"))));

        var response = mvc.get().uri("/api/market/v1/stocks/AAPL/latest");

        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"code":"AAPL","price":118.69000244140625,"currency":"USD","date":"2020-11-06",
                 "observed_at":"2026-11-26T12:00:00Z"}""");
    }

    @Test
    void answersARouteThatDoesNotExistWithAProblemToo() {
        var response = mvc.get().uri("/api/market/v1/nothing-here");

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"status":404,"status_code":404}""");
    }
}
