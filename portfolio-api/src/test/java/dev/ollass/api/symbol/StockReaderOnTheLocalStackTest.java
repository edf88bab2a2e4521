package dev.ollass.api.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The reader's SQL on MariaDB against the projector's own migration of the {@code stock} table
 * (read from the chart-projector module, so that the two cannot drift apart).
 */
@UsesLocalStack
class StockReaderOnTheLocalStackTest {

    private static final Path STOCK_MIGRATION =
            Path.of("../chart-projector/src/main/resources/db/migration/market/V3__stock.sql");

    private static JdbcClient jdbc;
    private static StockReader reader;

    @BeforeAll
    static void aStockTableWithAFewListedStocks() throws Exception {
        LocalStack stack = LocalStackExtension.stack();
        jdbc = JdbcClient.create(
                new DriverManagerDataSource(stack.jdbcUrl("api_symbol_test"), stack.jdbcUser(), stack.jdbcPassword()));
        jdbc.sql("DROP TABLE IF EXISTS stock").update();
        jdbc.sql(Files.readString(STOCK_MIGRATION)).update();
        insert("005930", "삼성전자", "Samsung Electronics", "Korea", "KOSPI", "005930.KS");
        insert("000660", "SK하이닉스", "SK Hynix", "Korea", "KOSPI", "000660.KS");
        insert("112040", "위메이드", "Wemade", "Korea", "KOSDAQ", "112040.KQ");
        insert("AAPL", "애플", "Apple", "USA", "NASDAQ", "AAPL");
        insert("BRK.B", "버크셔 해서웨이 (클래스 B)", "Berkshire Hathaway (Class B)", "USA", "NYSE", "BRK-B");
        insert("SAMS", "샘스 100%", "Sam_s", "USA", "NYSE", "SAMS");
        insert("7203", "도요타 자동차", "Toyota Motor", "Japan", "TSE", "7203.T");
        insert("SAN", "산탄데르", "Banco Santander", "Spain", "IBEX", "SAN.MC");
    }

    @Test
    void listsOnlyKoreanAndUsStocksKoreaFirstEachByCode() {
        assertThat(reader.koreanAndUsStocks())
                .extracting(StockChoice::code)
                .containsExactly("000660", "005930", "112040", "AAPL", "BRK.B", "SAMS");
        assertThat(reader.koreanAndUsStocks().get(1))
                .isEqualTo(new StockChoice("Samsung Electronics", "삼성전자", "005930"));
    }

    @Test
    void findsByCodeOrEitherNameIgnoringCaseExactCodeFirst() {
        // SAMS starts with it, Samsung's English name contains it.
        assertThat(codes(search("sam", null, 1, 20))).containsExactly("SAMS", "005930");
        // SAN is the code itself, Banco Santander's name only contains it.
        assertThat(codes(search("san", null, 1, 20))).containsExactly("SAN");
        assertThat(codes(search("삼성", null, 1, 20))).containsExactly("005930");
        assertThat(codes(search("brk.b", null, 1, 20))).containsExactly("BRK.B");
        assertThat(codes(search("HYNIX", null, 1, 20))).containsExactly("000660");
    }

    @Test
    void matchesPercentAndUnderscoreLiterally() {
        assertThat(codes(search("%", null, 1, 20))).containsExactly("SAMS");
        assertThat(codes(search("m_s", null, 1, 20))).containsExactly("SAMS");
        assertThat(codes(search("!", null, 1, 20))).isEmpty();
    }

    @Test
    void filtersByCountryIgnoringCase() {
        assertThat(codes(search(null, "korea", 1, 20))).containsExactly("000660", "005930", "112040");
        assertThat(codes(search("sa", "Spain", 1, 20))).containsExactly("SAN");
    }

    @Test
    void pagesFromOneWithTheTotalOfAllMatches() {
        SymbolPage second = search(null, null, 2, 3);

        assertThat(second.total()).isEqualTo(8);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(3);
        assertThat(codes(second)).containsExactly("7203", "AAPL", "BRK.B");
        assertThat(codes(search(null, null, 3, 3))).containsExactly("SAMS", "SAN");
        assertThat(codes(search(null, null, 4, 3))).isEmpty();
        assertThat(second.items().get(2))
                .isEqualTo(new ListedSymbol(
                        "BRK.B", "버크셔 해서웨이 (클래스 B)", "Berkshire Hathaway (Class B)", "USA", "NYSE", "BRK-B"));
    }

    @Test
    void knowsTheCountriesListed() {
        assertThat(reader.countries()).containsExactly("Japan", "Korea", "Spain", "USA");
    }

    private static SymbolPage search(String query, String country, int page, int size) {
        return reader.search(SymbolSearch.of(query, country, page, size));
    }

    private static List<String> codes(SymbolPage page) {
        return page.items().stream().map(ListedSymbol::code).toList();
    }

    private static void insert(
            String code, String nameKr, String nameEn, String country, String market, String ticker) {
        if (reader == null) {
            reader = new StockReader(jdbc);
        }
        jdbc.sql("""
                        INSERT INTO stock (code, name_kr, name_en, country, market_index, yahoo_ticker, source, observed_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'test', '2026-12-01 00:00:00')
                        """).params(code, nameKr, nameEn, country, market, ticker).update();
    }
}
