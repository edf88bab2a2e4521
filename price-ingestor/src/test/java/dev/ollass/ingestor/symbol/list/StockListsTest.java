package dev.ollass.ingestor.symbol.list;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.ListedStock;
import dev.ollass.ingestor.symbol.StockListCsv;
import dev.ollass.ingestor.yahoo.chart.YahooSymbols;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The lists shipped with the ingestor (copies of {@code shared/data}), read as the original seeded them. */
class StockListsTest {

    private static final Instant READ_AT = Instant.parse("2026-12-01T00:00:00Z");

    private static final SymbolUniverse UNIVERSE = StockLists.read(shippedLists(), READ_AT);

    @Test
    void listsEveryDistinctCodeOnceWithTheLaterListWinning() {
        // The data README counts 1 096 distinct symbols: one of them is Canada's empty one, a reject.
        assertThat(UNIVERSE.stocks()).hasSize(1_095);
        assertThat(UNIVERSE.stocks().stream().map(ListedStock::code).distinct()).hasSize(1_095);
        Map<String, Long> perCountry = UNIVERSE.stocks().stream().collect(groupingBy(ListedStock::country, counting()));
        assertThat(perCountry)
                .containsOnly(
                        entry("Japan", 220L),
                        entry("USA", 146L),
                        entry("Korea", 115L),
                        entry("Australia", 105L),
                        entry("UK", 83L),
                        entry("Brazil", 75L),
                        entry("HongKong", 49L),
                        entry("India", 49L),
                        entry("Canada", 42L),
                        entry("Italy", 39L),
                        entry("China", 39L),
                        entry("Germany", 38L),
                        entry("France", 35L),
                        entry("Spain", 26L),
                        entry("Netherland", 20L),
                        entry("Switzerland", 14L));
    }

    @Test
    void namesEachCountrysListAsTheOriginalDid() {
        assertThat(StockLists.fileName("korea")).isEqualTo("korea_stock_list.csv");
        assertThat(StockLists.SEEDING_ORDER)
                .startsWith("japan", "uk")
                .endsWith("korea", "usa")
                .hasSize(16);
    }

    @Test
    void aCodeInTwoListsEndsWithTheLaterOne() {
        assertThat(stock("AAPL"))
                .isEqualTo(
                        new ListedStock("AAPL", "애플", "Apple", "USA", "NASDAQ", "AAPL", "usa_stock_list.csv", READ_AT));
        assertThat(UNIVERSE.superseded())
                .contains(new SymbolUniverse.Superseded("AAPL", "australia_stock_list.csv", 4, "usa_stock_list.csv"));
        // 1928 is in HongKong (applied after Japan) only.
        assertThat(stock("1928").country()).isEqualTo("HongKong");
        assertThat(stock("IAG").country()).isEqualTo("USA");
    }

    @Test
    void aCodeTwiceInOneListEndsWithItsLaterRow() {
        assertThat(UNIVERSE.stocks().stream().filter(s -> s.code().equals("015760")))
                .singleElement()
                .satisfies(kepco -> {
                    assertThat(kepco.nameKr()).isEqualTo("한국전력공사");
                    assertThat(kepco.nameEn()).isEqualTo("KEPCO");
                });
        assertThat(stock("DG").nameEn()).isEqualTo("Dassault Systèmes SE");
        // 4 rows within lists and 29 codes across lists (IAG three times) gave way to a later row.
        assertThat(UNIVERSE.superseded()).hasSize(1_125 - 1 - 1_095);
    }

    @Test
    void trimsTheKoreanListsCountryAndMarket() {
        assertThat(stock("005930"))
                .isEqualTo(new ListedStock(
                        "005930",
                        "삼성전자",
                        "Samsung Electronics",
                        "Korea",
                        "KOSPI",
                        "005930.KS",
                        "korea_stock_list.csv",
                        READ_AT));
        assertThat(stock("112040").market()).isEqualTo("KOSDAQ");
        assertThat(stock("112040").yahooTicker()).isEqualTo("112040.KQ");
        assertThat(UNIVERSE.stocks())
                .allSatisfy(s -> assertThat(List.of(s.code(), s.nameKr(), s.nameEn(), s.country(), s.market()))
                        .allSatisfy(cell -> assertThat(cell).isEqualTo(cell.strip())));
    }

    @Test
    void keepsTheCodesUsersKnowAndDerivesYahoosTickers() {
        assertThat(stock("BRK.B").yahooTicker()).isEqualTo("BRK-B");
        assertThat(stock("7203").yahooTicker()).isEqualTo("7203.T");
        assertThat(stock("BAM.A").yahooTicker()).isEqualTo("BAM-A.TO");
        assertThat(stock("700").yahooTicker()).isEqualTo("0700.HK");
    }

    @Test
    void mapsTheYahooTickerOfEveryListedStockBackToItsCode() {
        // What a Yahoo response for a stock of the universe is keyed by must be the code the universe stores.
        assertThat(UNIVERSE.stocks()).allSatisfy(stock -> {
            assertThat(YahooSymbols.kindOf(stock.yahooTicker(), "EQUITY")).isEqualTo(InstrumentKind.STOCK);
            assertThat(YahooSymbols.toStockCode(stock.yahooTicker(), "EQUITY"))
                    .as("%s (%s)", stock.yahooTicker(), stock.country())
                    .isEqualTo(stock.code());
        });
    }

    @Test
    void rejectsTheRowWithoutACodeNamingTheColumn() {
        assertThat(UNIVERSE.rejections())
                .singleElement()
                .isEqualTo(new SymbolUniverse.Rejection(
                        "canada_stock_list.csv",
                        23,
                        ListRejectReason.MISSING_VALUE,
                        "Symbol is empty.",
                        "\"\",캐나다 내셔널 은행,National Bank of Canada,Canada,GSPTSE"));
    }

    private static ListedStock stock(String code) {
        return UNIVERSE.stocks().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static List<StockListFile> shippedLists() {
        return StockLists.SEEDING_ORDER.stream()
                .map(StockLists::fileName)
                .map(name -> StockListCsv.parse(name, resource("symbols/" + name)))
                .toList();
    }

    private static String resource(String path) {
        try (InputStream in =
                Objects.requireNonNull(StockListsTest.class.getClassLoader().getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
