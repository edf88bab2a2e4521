package dev.ollass.ingestor.naver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorded daily price page of Samsung (src/test/resources/naver/PROVENANCE.md), in both encodings. */
class NaverDailyPriceParserTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final String EUC_KR = "sise_day_005930_page1_2026-09-14.euc-kr.html";
    private static final String UTF_8 = "sise_day_005930_page1_2026-09-14.utf8.html";
    private static final Charset EUC_KR_CHARSET = Charset.forName("EUC-KR");

    private final NaverDailyPriceParser parser = new NaverDailyPriceParser();

    @Test
    void readsEveryRowOfTheRealPageAsATickOnItsSeoulDate() {
        NaverParseResult result = parser.parse(NaverFixtures.bytes(EUC_KR), null, "005930", OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks())
                .extracting(PriceTick::tradingDate)
                .containsExactly(
                        LocalDate.of(2026, 9, 14),
                        LocalDate.of(2026, 9, 11),
                        LocalDate.of(2026, 9, 10),
                        LocalDate.of(2026, 9, 9),
                        LocalDate.of(2026, 9, 8),
                        LocalDate.of(2026, 9, 7),
                        LocalDate.of(2026, 9, 4),
                        LocalDate.of(2026, 9, 3),
                        LocalDate.of(2026, 9, 2),
                        LocalDate.of(2026, 9, 1));
        PriceTick first = result.ticks().getFirst();
        assertThat(first)
                .isEqualTo(new PriceTick(
                        "005930",
                        LocalDate.of(2026, 9, 14),
                        "Asia/Seoul",
                        "KRW",
                        bd("249500"),
                        bd("253500"),
                        bd("249000"),
                        bd("253000"),
                        bd("253000"),
                        7_569_375L,
                        "naver-sise-day",
                        OBSERVED,
                        InstrumentKind.STOCK));
        PriceTick last = result.ticks().getLast();
        assertThat(List.of(last.open(), last.high(), last.low(), last.close(), BigDecimal.valueOf(last.volume())))
                .containsExactly(bd("256500"), bd("262500"), bd("254000"), bd("261000"), bd("15319615"));
    }

    @Test
    void givesTheSameRowsFromTheEucKrPageAsFromItsUtf8Copy() {
        List<PriceTick> fromEucKr = parser.parse(NaverFixtures.bytes(EUC_KR), null, "005930", OBSERVED)
                .ticks();

        assertThat(parser.parse(NaverFixtures.bytes(EUC_KR), EUC_KR_CHARSET, "005930", OBSERVED)
                        .ticks())
                .isEqualTo(fromEucKr);
        // The UTF-8 copy still says charset=euc-kr inside; its bytes are UTF-8, as a response would declare.
        assertThat(parser.parse(NaverFixtures.bytes(UTF_8), StandardCharsets.UTF_8, "005930", OBSERVED)
                        .ticks())
                .hasSize(10)
                .isEqualTo(fromEucKr);
    }

    @Test
    void rejectsAPageDecodedInTheWrongCharsetInsteadOfGuessingItsColumns() {
        NaverParseResult result = parser.parse(NaverFixtures.bytes(EUC_KR), StandardCharsets.UTF_8, "005930", OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("UNEXPECTED_LAYOUT");
            assertThat(rejection.reason()).contains("the table's header is");
        });
    }

    @Test
    void rejectsAPageWhoseColumnsWereReordered() {
        String swapped = NaverFixtures.text(UTF_8)
                .replace("<th>시가</th>", "<th>X</th>")
                .replace("<th>고가</th>", "<th>시가</th>")
                .replace("<th>X</th>", "<th>고가</th>");

        NaverParseResult result =
                parser.parse(swapped.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "005930", OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .isEqualTo("the table's header is [날짜, 종가, 전일비, 고가, 시가, 저가, 거래량], not "
                                + "[날짜, 종가, 전일비, 시가, 고가, 저가, 거래량]"));
    }

    @Test
    void rejectsTheOnePageOfAnotherStock() {
        NaverParseResult result = parser.parse(NaverFixtures.bytes(EUC_KR), null, "000660", OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo("WRONG_PAGE");
            assertThat(r.reason()).isEqualTo("the page is of 005930, not of 000660");
        });
    }

    @Test
    void rejectsARowWithAnEmptyPriceNamingTheColumnAndKeepsTheOthers() {
        String page = NaverFixtures.text(UTF_8)
                .replaceFirst("<span class=\"tah p11\">249,500</span>", "<span class=\"tah p11\"></span>");

        NaverParseResult result =
                parser.parse(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "005930", OBSERVED);

        assertThat(result.ticks()).hasSize(9);
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo("MISSING_FIELD");
            assertThat(r.reason()).isEqualTo("005930 2026.09.14: 시가 is empty");
            assertThat(r.rawPayload()).startsWith("<tr").contains("2026.09.14");
        });
    }

    @Test
    void rejectsAPageWithoutTheTable() {
        NaverParseResult result = parser.parse(
                "<html><body>잠시 후 다시</body></html>".getBytes(StandardCharsets.UTF_8), null, "005930", OBSERVED);

        assertThat(result.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("MALFORMED"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
