package dev.ollass.api.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(SymbolController.class)
class SymbolControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StockReader reader;

    @Test
    void listsTheKoreanAndUsStocksAsTheOriginalDid() {
        given(reader.koreanAndUsStocks())
                .willReturn(List.of(
                        new StockChoice("Samsung Electronics", "삼성전자", "005930"),
                        new StockChoice("Berkshire Hathaway (Class B)", "버크셔 해서웨이 (클래스 B)", "BRK.B")));

        var response = mvc.get().uri("/api/asset/v1/stocks");

        assertThat(response).hasStatusOk();
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
        // The original's bare array of {name_en, name_kr, code}, in that order, and nothing else.
        assertThat(response)
                .hasBodyTextEqualTo("[{\"name_en\":\"Samsung Electronics\",\"name_kr\":\"삼성전자\",\"code\":\"005930\"},"
                        + "{\"name_en\":\"Berkshire Hathaway (Class B)\",\"name_kr\":\"버크셔 해서웨이 (클래스 B)\","
                        + "\"code\":\"BRK.B\"}]");
    }

    @Test
    void answersAnEmptyUniverseWithAnEmptyArray() {
        given(reader.koreanAndUsStocks()).willReturn(List.of());

        assertThat(mvc.get().uri("/api/asset/v1/stocks")).hasBodyTextEqualTo("[]");
    }

    @Test
    void searchesWithTheFirstPageOfTwentyByDefault() {
        SymbolSearch search = new SymbolSearch(null, null, 1, 20);
        given(reader.search(search))
                .willReturn(new SymbolPage(
                        List.of(new ListedSymbol(
                                "005930", "삼성전자", "Samsung Electronics", "Korea", "KOSPI", "005930.KS")),
                        1,
                        20,
                        1_095));

        var response = mvc.get().uri("/api/market/v1/symbols");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"items":[{"code":"005930","name_kr":"삼성전자","name_en":"Samsung Electronics","country":"Korea",
                           "market":"KOSPI","yahoo_ticker":"005930.KS"}],
                 "page":1,"size":20,"total":1095}""");
    }

    @Test
    void passesTheTrimmedQueryCountryAndPageOn() {
        given(reader.countries()).willReturn(List.of("Korea", "USA"));
        SymbolSearch search = new SymbolSearch("brk", "usa", 2, 5);
        given(reader.search(search)).willReturn(new SymbolPage(List.of(), 2, 5, 1));

        var response = mvc.get().uri("/api/market/v1/symbols?query= brk &country=usa&page=2&size=5");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"items":[],"page":2,"size":5,"total":1}""");
    }

    @Test
    void treatsABlankQueryAndCountryAsNone() {
        given(reader.search(new SymbolSearch(null, null, 1, 100))).willReturn(new SymbolPage(List.of(), 1, 100, 0));

        assertThat(mvc.get().uri("/api/market/v1/symbols?query=%20&country=&size=100"))
                .hasStatusOk();
        then(reader).should(never()).countries();
    }

    @ParameterizedTest
    @CsvSource({
        "page=0, page",
        "page=-1, page",
        "size=0, size",
        "size=101, size",
        "page=x, page",
        "size=2.5, size",
    })
    void rejectsAPageOrSizeOutOfRangeNamingTheParameter(String parameter, String field) {
        var response = mvc.get().uri("/api/market/v1/symbols?" + parameter);

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-parameter","status":400,"status_code":400,
                 "field":"%s"}""".formatted(field));
        then(reader).should(never()).search(any());
    }

    @Test
    void rejectsAQueryLongerThanAHundredCharacters() {
        var response = mvc.get().uri("/api/market/v1/symbols?query=" + "a".repeat(101));

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-parameter","field":"query",
                 "detail":"query is longer than 100 characters."}""");
    }

    @Test
    void acceptsAQueryOfAHundredCharacters() {
        String query = "a".repeat(100);
        given(reader.search(new SymbolSearch(query, null, 1, 20))).willReturn(new SymbolPage(List.of(), 1, 20, 0));

        assertThat(mvc.get().uri("/api/market/v1/symbols?query=" + query)).hasStatusOk();
    }

    @Test
    void rejectsACountryTheUniverseDoesNotList() {
        given(reader.countries()).willReturn(List.of("Korea", "USA"));

        var response = mvc.get().uri("/api/market/v1/symbols?country=South Korea");

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-parameter","field":"country",
                 "detail":"No symbols are listed for country South Korea; known: [Korea, USA]."}""");
        then(reader).should(never()).search(any());
    }
}
