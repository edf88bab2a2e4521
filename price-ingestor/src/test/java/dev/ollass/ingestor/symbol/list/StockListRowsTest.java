package dev.ollass.ingestor.symbol.list;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.ingestor.symbol.StockListCsv;
import dev.ollass.ingestor.symbol.list.SymbolUniverse.Rejection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows and lists that cannot be used: each a rejection with its reason, never a wrong stock. */
class StockListRowsTest {

    private static final Instant READ_AT = Instant.parse("2026-12-01T00:00:00Z");
    private static final String HEADER = "Symbol,NameKr,NameEn,Country,Code\n";

    @Test
    void readsQuotedCellsAndABomAndSkipsEmptyLines() {
        SymbolUniverse universe = read("\uFEFF" + HEADER + "\"BRK.B\",\"버크셔, B\",\"Berkshire, B\",USA,NYSE\n\n");

        assertThat(universe.rejections()).isEmpty();
        assertThat(universe.stocks()).singleElement().satisfies(stock -> {
            assertThat(stock.nameKr()).isEqualTo("버크셔, B");
            assertThat(stock.yahooTicker()).isEqualTo("BRK-B");
        });
    }

    @Test
    void rejectsEachMissingValueNamingItsColumn() {
        SymbolUniverse universe = read(
                HEADER + "A1,,Name,USA,NYSE\n" + "A2,이름,,USA,NYSE\n" + "A3,이름,Name,  ,NYSE\n" + "A4,이름,Name,USA,\n");

        assertThat(universe.stocks()).isEmpty();
        assertThat(universe.rejections())
                .extracting(Rejection::reason)
                .containsExactly("NameKr is empty.", "NameEn is empty.", "Country is empty.", "Code is empty.");
        assertThat(universe.rejections()).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void rejectsValuesLongerThanTheTableKeeps() {
        String code32 = "C".repeat(StockLists.MAX_CODE_LENGTH);
        String name255 = "N".repeat(StockLists.MAX_TEXT_LENGTH);
        SymbolUniverse universe = read(HEADER
                + code32 + "," + name255 + ",Name,USA,NYSE\n"
                + code32 + "X,이름,Name,USA,NYSE\n"
                + "B1," + name255 + "X,Name,USA,NYSE\n");

        assertThat(universe.stocks()).extracting(s -> s.code()).containsExactly(code32);
        assertThat(universe.rejections())
                .extracting(Rejection::reasonCode, Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ListRejectReason.VALUE_TOO_LONG, "Symbol is 33 characters long, at most 32 are kept."),
                        org.assertj.core.groups.Tuple.tuple(
                                ListRejectReason.VALUE_TOO_LONG,
                                "NameKr is 256 characters long, at most 255 are kept."));
    }

    @Test
    void rejectsACountryWithoutAYahooSuffix() {
        SymbolUniverse universe = read(HEADER + "ABC,이름,Name,Atlantis,ATX\n");

        assertThat(universe.stocks()).isEmpty();
        assertThat(universe.rejections())
                .singleElement()
                .isEqualTo(new Rejection(
                        "test.csv",
                        2,
                        ListRejectReason.UNKNOWN_COUNTRY,
                        "No Yahoo suffix is known for country Atlantis.",
                        "ABC,이름,Name,Atlantis,ATX"));
    }

    @Test
    void rejectsARowWithTooFewCells() {
        SymbolUniverse universe = read(HEADER + "ABC,이름,Name,USA\nDEF,이름,Name,USA,NYSE\n");

        assertThat(universe.stocks()).extracting(s -> s.code()).containsExactly("DEF");
        assertThat(universe.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo(ListRejectReason.MALFORMED_ROW);
            assertThat(rejection.reason()).isEqualTo("Row has 4 cells, the header 5.");
            assertThat(rejection.rawPayload()).isEqualTo("ABC,이름,Name,USA");
        });
    }

    @Test
    void rejectsAListWithoutTheExpectedHeaderWhole() {
        String body = "Symbol,Company Name,Country,Code\nAAPL,Apple Inc.,USA,NASDAQ";

        SymbolUniverse universe = read(body);

        assertThat(universe.stocks()).isEmpty();
        assertThat(universe.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo(ListRejectReason.UNEXPECTED_HEADER);
            assertThat(rejection.rawPayload()).isEqualTo(body);
        });
    }

    @Test
    void keepsTheRowsBeforeABrokenQuoteAndRejectsTheRest() {
        String body = HEADER + "AAA,이름,Name,USA,NYSE\n\"BBB,이름,Name,USA,NYSE\nCCC,x,y,USA,NYSE\n";

        SymbolUniverse universe = read(body);

        assertThat(universe.stocks()).extracting(s -> s.code()).containsExactly("AAA");
        assertThat(universe.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo(ListRejectReason.MALFORMED_FILE);
            assertThat(rejection.line()).isEqualTo(3);
            assertThat(rejection.rawPayload()).isEqualTo(body);
        });
    }

    @Test
    void aLaterListReplacesAnEarlierRowAndKeepsItsPlace() {
        SymbolUniverse universe = StockLists.read(
                List.of(
                        StockListCsv.parse("first.csv", HEADER + "X,엑스,X Old,Japan,TSE\nY,와이,Y,Japan,TSE\n"),
                        StockListCsv.parse("second.csv", HEADER + "X,엑스,X New,USA,NYSE\n")),
                READ_AT);

        assertThat(universe.stocks()).extracting(s -> s.code()).containsExactly("X", "Y");
        assertThat(universe.stocks().getFirst().nameEn()).isEqualTo("X New");
        assertThat(universe.stocks().getFirst().source()).isEqualTo("second.csv");
        assertThat(universe.superseded())
                .containsExactly(new SymbolUniverse.Superseded("X", "first.csv", 2, "second.csv"));
    }

    private static SymbolUniverse read(String content) {
        return StockLists.read(List.of(StockListCsv.parse("test.csv", content)), READ_AT);
    }
}
