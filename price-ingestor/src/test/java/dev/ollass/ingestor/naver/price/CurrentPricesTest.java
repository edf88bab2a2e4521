package dev.ollass.ingestor.naver.price;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.naver.price.NaverParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rules applied to a polling answer once it is read, on cases the recorded ones do not have (those
 * are read in {@code NaverPollingParserTest}). Entries are shaped like the recorded Samsung and KOSPI ones.
 */
class CurrentPricesTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final long TIME = 1604488004492L;

    @Test
    void readsAStockPriceWithItsMarketStatusAndTime() {
        CurrentPrice price = onlyItemPrice(item("005930", "58500", "59000", "57800"));

        assertThat(price)
                .isEqualTo(new CurrentPrice(
                        "005930",
                        InstrumentKind.STOCK,
                        new BigDecimal("58500"),
                        "KRW",
                        "CLOSE",
                        Instant.ofEpochMilli(TIME),
                        "naver-polling",
                        OBSERVED));
    }

    @Test
    void acceptsCodesWithLettersAPriceOnTheDaysBoundsAndNoRange() {
        assertThat(onlyItemPrice(item("0126Z0", "100", "100", "100")).symbol()).isEqualTo("0126Z0");
        assertThat(onlyItemPrice(item("00088K", "100", null, null)).price()).isEqualTo(new BigDecimal("100"));
        assertThat(onlyItemPrice(item("005930", "58500.000", null, null)).price())
                .isEqualTo(new BigDecimal("58500.000"));
        assertThat(onlyItemPrice(item("005930", "1E+3", null, null)).price()).isEqualTo(new BigDecimal("1000"));
        assertThat(onlyItemPrice(item("005930", "999999999999999", null, null)).price())
                .isEqualTo(new BigDecimal("999999999999999"));
    }

    @Test
    void rejectsAStockPriceThatIsMissingNotPositiveNotWholeOrTooLong() {
        assertThat(onlyItemRejection(item("005930", null, null, null)))
                .extracting(Rejection::reasonCode, Rejection::reason, Rejection::rawPayload)
                .containsExactly("MISSING_FIELD", "005930: nv (the current price) is missing or not a number", "{raw}");
        for (String nv : List.of("0", "-58500", "58500.5", "1000000000000000", "1E+15")) {
            Rejection rejection = onlyItemRejection(item("005930", nv, null, null));

            assertThat(rejection.reasonCode()).isEqualTo("INVALID_PRICE");
            assertThat(rejection.reason())
                    .isEqualTo("005930: nv " + new BigDecimal(nv) + " is not a positive whole number");
        }
    }

    @Test
    void rejectsAPriceOutsideTheDaysRange() {
        assertThat(onlyItemRejection(item("005930", "58500", "58499", "57800")).reason())
                .isEqualTo("005930: nv 58500 is outside the day's range lv 57800 to hv 58499");
        assertThat(onlyItemRejection(item("005930", "58500", "59000", "58501")).reasonCode())
                .isEqualTo("INVALID_PRICE");
        assertThat(onlyItemRejection(item("005930", "58500", null, "58501")).reasonCode())
                .isEqualTo("INVALID_PRICE");
        assertThat(onlyItemRejection(item("005930", "58500", "58499", null)).reasonCode())
                .isEqualTo("INVALID_PRICE");
    }

    @Test
    void rejectsAnEntryWhoseCodeIsNotAKoreanStockCode() {
        for (String code : new String[] {null, "AAPL", "0059300", "0059I0"}) {
            Rejection rejection = onlyItemRejection(item(code, "58500", null, null));

            assertThat(rejection.reasonCode()).isEqualTo("UNKNOWN_SYMBOL");
            assertThat(rejection.reason()).isEqualTo("cd " + code + " is not a Korean stock code");
        }
    }

    @Test
    void readsTheKospiAndKosdaqInPointsAndRejectsOtherIndices() {
        assertThat(onlyIndexPrice(index("KOSPI", "234526", "234546", "231647")))
                .extracting(CurrentPrice::symbol, CurrentPrice::kind, CurrentPrice::price, CurrentPrice::currency)
                .containsExactly("KS11", InstrumentKind.INDEX, new BigDecimal("2345.26"), "KRW");
        assertThat(onlyIndexPrice(index("KOSDAQ", "80000", null, null)).price()).isEqualTo(new BigDecimal("800.00"));
        assertThat(onlyIndexPrice(index("KOSPI", "234526", "234526", "234526")).price())
                .isEqualTo(new BigDecimal("2345.26"));
        assertThat(onlyIndexRejection(index("KOSPI", "234526", "234525", null)).reasonCode())
                .isEqualTo("INVALID_PRICE");
        for (String code : new String[] {null, "KPI200", "005930"}) {
            assertThat(onlyIndexRejection(index(code, "234526", null, null)).reason())
                    .isEqualTo("cd " + code + " is not an index Ollass collects (KOSPI, KOSDAQ)");
        }
    }

    @Test
    void rejectsTheWholeAnswerWithoutSuccessTimeOrAreas() {
        Polling.Area area = new Polling.Area("SERVICE_ITEM", List.of(item("005930", "58500", null, null)));
        assertThat(onlyRejection(CurrentPrices.ofItems(new Polling(null, TIME, List.of(area)), "{raw}", OBSERVED)))
                .extracting(Rejection::reasonCode, Rejection::reason)
                .containsExactly("SOURCE_ERROR", "Naver answered with resultCode null");
        for (Long time : new Long[] {null, 0L, -1L, 7_258_118_400_001L}) {
            assertThat(onlyRejection(CurrentPrices.ofItems(
                                    new Polling("success", time, List.of(area)), "{raw}", OBSERVED))
                            .reason())
                    .isEqualTo("result.time is missing or not a time: the prices would have no date");
        }
        assertThat(CurrentPrices.ofItems(new Polling("success", 1L, List.of(area)), "{raw}", OBSERVED)
                        .currentPrices())
                .hasSize(1);
        assertThat(CurrentPrices.ofItems(new Polling("success", 7_258_118_400_000L, List.of(area)), "{raw}", OBSERVED)
                        .currentPrices())
                .hasSize(1);
        for (List<Polling.Area> areas : java.util.Arrays.asList(null, List.<Polling.Area>of())) {
            assertThat(onlyRejection(CurrentPrices.ofItems(new Polling("success", TIME, areas), "{raw}", OBSERVED)))
                    .extracting(Rejection::reasonCode, Rejection::reason)
                    .containsExactly("UNEXPECTED_LAYOUT", "result.areas is missing or empty");
        }
    }

    @Test
    void readsAnAnswerAsIndicesOrStocksAsItsFirstAreaNamesIt() {
        NaverParseResult kospi =
                CurrentPrices.of(answer("SERVICE_INDEX", index("KOSPI", "234526", null, null)), "{raw}", OBSERVED);
        assertThat(kospi.currentPrices())
                .extracting(CurrentPrice::symbol, CurrentPrice::kind, CurrentPrice::price)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KS11", InstrumentKind.INDEX, new BigDecimal("2345.26")));
        NaverParseResult samsung =
                CurrentPrices.of(answer("SERVICE_ITEM", item("005930", "58500", null, null)), "{raw}", OBSERVED);
        assertThat(samsung.currentPrices())
                .extracting(CurrentPrice::symbol, CurrentPrice::kind, CurrentPrice::price)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("005930", InstrumentKind.STOCK, new BigDecimal("58500")));
        // An index area after a stock area is not a second kind of answer: it is a layout Naver never sent.
        Polling mixed = new Polling(
                "success",
                TIME,
                List.of(
                        new Polling.Area("SERVICE_ITEM", List.of(item("005930", "58500", null, null))),
                        new Polling.Area("SERVICE_INDEX", List.of(index("KOSPI", "234526", null, null)))));
        NaverParseResult read = CurrentPrices.of(mixed, "{raw}", OBSERVED);
        assertThat(read.currentPrices()).extracting(CurrentPrice::kind).containsExactly(InstrumentKind.STOCK);
        assertThat(read.rejections()).extracting(Rejection::reasonCode).containsExactly("UNEXPECTED_LAYOUT");
        for (List<Polling.Area> areas : java.util.Arrays.asList(null, List.<Polling.Area>of())) {
            assertThat(onlyRejection(CurrentPrices.of(new Polling("success", TIME, areas), "{raw}", OBSERVED)))
                    .extracting(Rejection::reasonCode, Rejection::reason)
                    .containsExactly("UNEXPECTED_LAYOUT", "result.areas is missing or empty");
        }
    }

    @Test
    void rejectsAnAreaWithoutDatasAndKeepsTheOtherAreasPrices() {
        var polling = new Polling(
                "success",
                TIME,
                List.of(
                        new Polling.Area("SERVICE_ITEM", null),
                        new Polling.Area("SERVICE_ITEM", List.of()),
                        new Polling.Area("SERVICE_ITEM", List.of(item("005930", "58500", null, null)))));

        NaverParseResult result = CurrentPrices.ofItems(polling, "{raw}", OBSERVED);

        assertThat(result.currentPrices()).hasSize(1);
        assertThat(result.rejections())
                .extracting(Rejection::reasonCode, Rejection::reason)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(
                        "MISSING_FIELD", "area SERVICE_ITEM has no datas: Naver knows no such code"))
                .hasSize(2);
    }

    private static CurrentPrice onlyItemPrice(Polling.Data data) {
        NaverParseResult result = CurrentPrices.ofItems(answer("SERVICE_ITEM", data), "{raw}", OBSERVED);
        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).isEmpty();
        assertThat(result.currentPrices()).hasSize(1);
        return result.currentPrices().getFirst();
    }

    private static CurrentPrice onlyIndexPrice(Polling.Data data) {
        NaverParseResult result = CurrentPrices.ofIndices(answer("SERVICE_INDEX", data), "{raw}", OBSERVED);
        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices()).hasSize(1);
        return result.currentPrices().getFirst();
    }

    private static Rejection onlyItemRejection(Polling.Data data) {
        return onlyRejection(CurrentPrices.ofItems(answer("SERVICE_ITEM", data), "{raw}", OBSERVED));
    }

    private static Rejection onlyIndexRejection(Polling.Data data) {
        return onlyRejection(CurrentPrices.ofIndices(answer("SERVICE_INDEX", data), "{raw}", OBSERVED));
    }

    private static Rejection onlyRejection(NaverParseResult result) {
        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().getFirst();
    }

    private static Polling answer(String area, Polling.Data data) {
        return new Polling("success", TIME, List.of(new Polling.Area(area, List.of(data))));
    }

    private static Polling.Data item(
            @Nullable String code, @Nullable String nv, @Nullable String hv, @Nullable String lv) {
        return new Polling.Data(code, "CLOSE", numbers(nv, hv, lv));
    }

    private static Polling.Data index(
            @Nullable String code, @Nullable String nv, @Nullable String hv, @Nullable String lv) {
        return new Polling.Data(code, "CLOSE", numbers(nv, hv, lv));
    }

    private static Map<String, BigDecimal> numbers(@Nullable String nv, @Nullable String hv, @Nullable String lv) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        if (nv != null) {
            numbers.put("nv", new BigDecimal(nv));
        }
        if (hv != null) {
            numbers.put("hv", new BigDecimal(hv));
        }
        if (lv != null) {
            numbers.put("lv", new BigDecimal(lv));
        }
        return numbers;
    }
}
