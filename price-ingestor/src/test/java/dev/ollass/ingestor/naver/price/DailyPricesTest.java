package dev.ollass.ingestor.naver.price;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.naver.price.NaverParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules applied to Naver's daily price table once it is read, on cases the recorded page does not
 * have (the page itself is read in {@code NaverDailyPriceParserTest}). Rows are shaped like the
 * recorded ones: date, close, change, open, high, low, volume.
 */
class DailyPricesTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final List<String> HEADERS = List.of("날짜", "종가", "전일비", "시가", "고가", "저가", "거래량");

    @Test
    void readsARowAsATickInWonOnItsSeoulDate() {
        PriceTick tick =
                onlyTickOf(row("2026.09.14", "253,000", "하락 6,500", "249,500", "253,500", "249,000", "7,569,375"));

        assertThat(tick.symbol()).isEqualTo("005930");
        assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(tick.exchangeTimeZone()).isEqualTo("Asia/Seoul");
        assertThat(tick.currency()).isEqualTo("KRW");
        assertThat(tick.close()).isEqualTo(new BigDecimal("253000"));
        assertThat(tick.adjClose()).isEqualTo(new BigDecimal("253000"));
        assertThat(tick.open()).isEqualTo(new BigDecimal("249500"));
        assertThat(tick.high()).isEqualTo(new BigDecimal("253500"));
        assertThat(tick.low()).isEqualTo(new BigDecimal("249000"));
        assertThat(tick.volume()).isEqualTo(7_569_375L);
        assertThat(tick.source()).isEqualTo("naver-sise-day");
        assertThat(tick.observedAt()).isEqualTo(OBSERVED);
    }

    @Test
    void acceptsCodesWithLettersAndPricesOnTheDaysBoundsAndNoVolume() {
        var table = new DailyPriceTable(HEADERS, List.of(row("2026.09.14", "999", "", "999", "999", "999", "0")), null);

        NaverParseResult result = DailyPrices.of(table, "0126Z0", "<page>", OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).singleElement().satisfies(t -> {
            assertThat(t.symbol()).isEqualTo("0126Z0");
            assertThat(t.volume()).isZero();
        });
    }

    @Test
    void readsTheLargestNumbersAThousandsSeparatedCellCanHold() {
        PriceTick tick = onlyTickOf(row(
                "2026.09.14",
                "999,999,999,999,999",
                "",
                "999,999,999,999,999",
                "999,999,999,999,999",
                "999,999,999,999,999",
                "999,999,999,999,999"));

        assertThat(tick.close()).isEqualTo(new BigDecimal("999999999999999"));
        assertThat(tick.volume()).isEqualTo(999_999_999_999_999L);
        assertThat(onlyRejectionOf(row("2026.09.14", "1,000,000,000,000,000", "", "1", "1", "1", "1"))
                        .reasonCode())
                .isEqualTo("INVALID_PRICE");
    }

    @Test
    void skipsSpacerRowsAndTheEmptyRowsOfALastPage() {
        var table = table(
                new DailyPriceTable.Row(List.of(""), "<tr><td colspan=7></td></tr>"),
                row("\u00a0", " ", "", "\u00a0", "", "", ""),
                row("2026.09.14", "253,000", "", "249,500", "253,500", "249,000", "1"));

        NaverParseResult result = DailyPrices.of(table, "005930", "<page>", OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).hasSize(1);
    }

    @Test
    void rejectsATableWithoutPriceRowsWhole() {
        NaverParseResult result =
                DailyPrices.of(table(new DailyPriceTable.Row(List.of(""), "<tr></tr>")), "005930", "<page>", OBSERVED);

        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo("UNEXPECTED_LAYOUT");
            assertThat(r.reason()).isEqualTo("005930: the table has no price rows");
            assertThat(r.rawPayload()).isEqualTo("<page>");
        });
    }

    @Test
    void rejectsACodeThatIsNotAKoreanStockCode() {
        for (String code : List.of("AAPL", "00593", "0059300", "0059I0", "00593A", "KS11")) {
            NaverParseResult result =
                    DailyPrices.of(table(row("2026.09.14", "1", "", "1", "1", "1", "1")), code, "<page>", OBSERVED);

            assertThat(result.ticks()).isEmpty();
            assertThat(result.rejections()).singleElement().satisfies(r -> {
                assertThat(r.reasonCode()).isEqualTo("UNKNOWN_SYMBOL");
                assertThat(r.reason()).isEqualTo(code + " is not a Korean stock code");
            });
        }
    }

    @Test
    void rejectsAChangedHeaderAndAPageOfAnotherStock() {
        var moved = new DailyPriceTable(
                List.of("날짜", "종가", "전일비", "시가", "고가", "저가"),
                List.of(row("2026.09.14", "1", "", "1", "1", "1", "1")),
                null);
        var other = new DailyPriceTable(HEADERS, List.of(row("2026.09.14", "1", "", "1", "1", "1", "1")), "000660");
        var padded = new DailyPriceTable(
                List.of(" 날짜", "종가\u00a0", "전일비", "시가", "고가", "저가", "거래량"),
                List.of(row("2026.09.14", "1", "", "1", "1", "1", "1")),
                "005930");

        assertThat(DailyPrices.of(moved, "005930", "<page>", OBSERVED).rejections())
                .extracting(Rejection::reasonCode)
                .containsExactly("UNEXPECTED_LAYOUT");
        assertThat(DailyPrices.of(other, "005930", "<page>", OBSERVED).rejections())
                .extracting(Rejection::reasonCode, Rejection::rawPayload)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WRONG_PAGE", "<page>"));
        assertThat(DailyPrices.of(padded, "005930", "<page>", OBSERVED).ticks()).hasSize(1);
    }

    @Test
    void rejectsARowOfAnotherWidthWithItsHtml() {
        Rejection rejection = onlyRejectionOf(new DailyPriceTable.Row(List.of("2026.09.14", "1", "1"), "<tr>row</tr>"));

        assertThat(rejection.reasonCode()).isEqualTo("UNEXPECTED_LAYOUT");
        assertThat(rejection.reason()).isEqualTo("005930: a row has 3 cells, not 7");
        assertThat(rejection.rawPayload()).isEqualTo("<tr>row</tr>");
    }

    @Test
    void rejectsARowWhoseDateIsMissingOrNotADay() {
        assertThat(onlyRejectionOf(row("", "1", "", "1", "1", "1", "1")))
                .extracting(Rejection::reasonCode, Rejection::reason)
                .containsExactly("MISSING_FIELD", "005930 : 날짜 (date) is empty");
        assertThat(onlyRejectionOf(row("2026-09-14", "1", "", "1", "1", "1", "1"))
                        .reason())
                .isEqualTo("005930 2026-09-14: 날짜 (date) 2026-09-14 is not YYYY.MM.DD");
        assertThat(onlyRejectionOf(row("2026.02.30", "1", "", "1", "1", "1", "1"))
                        .reason())
                .isEqualTo("005930 2026.02.30: 날짜 (date) 2026.02.30 is no day");
    }

    @Test
    void rejectsARowWithAPriceThatIsEmptyMalformedOrZeroNamingTheColumn() {
        assertThat(onlyRejectionOf(row("2026.09.14", "", "", "1", "1", "1", "1")))
                .extracting(Rejection::reasonCode, Rejection::reason)
                .containsExactly("MISSING_FIELD", "005930 2026.09.14: 종가 is empty");
        assertThat(onlyRejectionOf(row("2026.09.14", "1", "", "1", "1", "1", ""))
                        .reason())
                .endsWith("거래량 is empty");
        assertThat(onlyRejectionOf(row("2026.09.14", "1", "", "1.5", "2", "1", "1")))
                .extracting(Rejection::reasonCode, Rejection::reason)
                .containsExactly("INVALID_PRICE", "005930 2026.09.14: 시가 1.5 is not a whole number like 253,000");
        assertThat(onlyRejectionOf(row("2026.09.14", "1", "", "1", "12,34", "1", "1"))
                        .reason())
                .endsWith("고가 12,34 is not a whole number like 253,000");
        assertThat(onlyRejectionOf(row("2026.09.14", "1", "", "1", "1", "-1", "1"))
                        .reason())
                .endsWith("저가 -1 is not a whole number like 253,000");
        List<String> zeroes = new ArrayList<>();
        for (int column : new int[] {1, 3, 4, 5}) {
            List<String> cells = new ArrayList<>(List.of("2026.09.14", "0", "", "0", "0", "0", "1"));
            for (int other : new int[] {1, 3, 4, 5}) {
                cells.set(other, other == column ? "0" : "5");
            }
            Rejection rejection = onlyRejectionOf(new DailyPriceTable.Row(cells, "<tr>"));
            assertThat(rejection.reasonCode()).isEqualTo("INVALID_PRICE");
            zeroes.add(rejection.reason());
        }
        assertThat(zeroes)
                .containsExactly(
                        "005930 2026.09.14: 종가 is 0: no trade, not a price",
                        "005930 2026.09.14: 시가 is 0: no trade, not a price",
                        "005930 2026.09.14: 고가 is 0: no trade, not a price",
                        "005930 2026.09.14: 저가 is 0: no trade, not a price");
    }

    @Test
    void rejectsARowWhoseHighOrLowDoNotEncloseOpenAndClose() {
        // open, high, low, close
        for (String[] prices : new String[][] {
            {"10", "11", "9", "12"}, {"12", "11", "9", "10"}, {"10", "11", "9", "8"}, {"8", "11", "9", "10"}
        }) {
            Rejection rejection =
                    onlyRejectionOf(row("2026.09.14", prices[3], "", prices[0], prices[1], prices[2], "1"));

            assertThat(rejection.reasonCode()).isEqualTo("INVALID_PRICE");
            assertThat(rejection.reason()).endsWith("고가/저가 (high/low) do not enclose 시가/종가 (open/close)");
        }
    }

    private static PriceTick onlyTickOf(DailyPriceTable.Row row) {
        NaverParseResult result = DailyPrices.of(table(row), "005930", "<page>", OBSERVED);
        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.ticks()).hasSize(1);
        return result.ticks().getFirst();
    }

    private static Rejection onlyRejectionOf(DailyPriceTable.Row row) {
        NaverParseResult result = DailyPrices.of(table(row), "005930", "<page>", OBSERVED);
        assertThat(result.ticks()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().getFirst();
    }

    private static DailyPriceTable table(DailyPriceTable.Row... rows) {
        return new DailyPriceTable(HEADERS, List.of(rows), "005930");
    }

    private static DailyPriceTable.Row row(String... cells) {
        return new DailyPriceTable.Row(List.of(cells), "<tr>" + String.join("|", cells) + "</tr>");
    }
}
