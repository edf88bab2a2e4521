package dev.ollass.ingestor.naver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The recorded polling answers (src/test/resources/naver/PROVENANCE.md), and what a changed one gives. */
class NaverPollingParserTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final String ITEM = "polling-realtime_SERVICE_ITEM_005930_close_2020-11-04.json";
    private static final String KOSPI = "polling-realtime_SERVICE_INDEX_KOSPI_close_2020-10-28.json";

    private final NaverPollingParser parser = new NaverPollingParser();

    @Test
    void readsSamsungsCurrentPriceInWon() {
        NaverParseResult result = parser.parseItems(NaverFixtures.text(ITEM), OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.ticks()).isEmpty();
        assertThat(result.currentPrices())
                .containsExactly(new CurrentPrice(
                        "005930",
                        InstrumentKind.STOCK,
                        new BigDecimal("58500"),
                        "KRW",
                        "CLOSE",
                        Instant.ofEpochMilli(1604488004492L),
                        "naver-polling",
                        OBSERVED));
    }

    @Test
    void readsTheKospiLevelInPointsFromHundredths() {
        NaverParseResult result = parser.parseIndices(NaverFixtures.text(KOSPI), OBSERVED);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.currentPrices()).singleElement().satisfies(level -> {
            assertThat(level.symbol()).isEqualTo("KS11");
            assertThat(level.kind()).isEqualTo(InstrumentKind.INDEX);
            assertThat(level.price()).isEqualTo(new BigDecimal("2345.26"));
            assertThat(level.asOf()).isEqualTo(Instant.ofEpochMilli(1603889630919L));
        });
    }

    @Test
    void readsTheKosdaqAsKq11() {
        String kosdaq = NaverFixtures.text(KOSPI).replace("\"cd\":\"KOSPI\"", "\"cd\":\"KOSDAQ\"");

        assertThat(parser.parseIndices(kosdaq, OBSERVED).currentPrices())
                .extracting(CurrentPrice::symbol)
                .containsExactly("KQ11");
    }

    @Test
    void rejectsAnAreaWithoutDatasNamingWhatIsMissing() {
        String body = NaverFixtures.text("polling-realtime_SERVICE_INDEX_no-datas_edge.json");

        NaverParseResult result = parser.parseIndices(body, OBSERVED);

        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("MISSING_FIELD");
            assertThat(rejection.reason()).contains("SERVICE_INDEX has no datas");
            assertThat(rejection.rawPayload()).isEqualTo(body);
        });
    }

    @Test
    void rejectsAPriceThatIsMissingOrZeroRatherThanPublishingZero() {
        String withoutPrice = NaverFixtures.text(ITEM).replace("\"nv\":58500,", "");
        String zero = NaverFixtures.text(ITEM).replace("\"nv\":58500", "\"nv\":0");
        String asText = NaverFixtures.text(ITEM).replace("\"nv\":58500", "\"nv\":\"58,500\"");

        assertThat(parser.parseItems(withoutPrice, OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reasonCode()).isEqualTo("MISSING_FIELD");
                    assertThat(r.reason()).isEqualTo("005930: nv (the current price) is missing or not a number");
                });
        assertThat(parser.parseItems(zero, OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("INVALID_PRICE"));
        assertThat(parser.parseItems(asText, OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("MISSING_FIELD"));
    }

    @Test
    void rejectsAnIndexLevelThatIsNoLongerInHundredths() {
        // Were Naver to send 2345.26 as it is, dividing by 100 again would publish 23.4526.
        String unscaled = NaverFixtures.text(KOSPI)
                .replace("\"nv\":234526", "\"nv\":2345.26")
                .replace("\"hv\":234546", "\"hv\":2345.46")
                .replace("\"lv\":231647", "\"lv\":2316.47");

        NaverParseResult result = parser.parseIndices(unscaled, OBSERVED);

        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("KOSPI: nv 2345.26 is not a positive whole number"));
    }

    @Test
    void rejectsAnItemAnswerReadAsAnIndexOne() {
        NaverParseResult result = parser.parseIndices(NaverFixtures.text(ITEM), OBSERVED);

        assertThat(result.currentPrices()).isEmpty();
        assertThat(result.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("area SERVICE_ITEM where SERVICE_INDEX was expected"));
    }

    @Test
    void readsEitherRecordedAnswerAsTheKindItHolds() {
        assertThat(parser.parse(NaverFixtures.text(ITEM), OBSERVED).currentPrices())
                .extracting(CurrentPrice::symbol, CurrentPrice::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("005930", InstrumentKind.STOCK));
        assertThat(parser.parse(NaverFixtures.text(KOSPI), OBSERVED).currentPrices())
                .extracting(CurrentPrice::symbol, CurrentPrice::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KS11", InstrumentKind.INDEX));
        assertThat(parser.parse("<html>점검 중</html>", OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("MALFORMED"));
    }

    @Test
    void rejectsWhatIsNotJsonOrNotASuccess() {
        assertThat(parser.parseItems("<html>점검 중</html>", OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reasonCode()).isEqualTo("MALFORMED");
                    assertThat(r.rawPayload()).isEqualTo("<html>점검 중</html>");
                });
        assertThat(parser.parseItems("[1]", OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("MALFORMED"));
        String failed = NaverFixtures.text(ITEM).replace("\"resultCode\":\"success\"", "\"resultCode\":\"fail\"");
        assertThat(parser.parseItems(failed, OBSERVED).rejections())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reasonCode()).isEqualTo("SOURCE_ERROR");
                    assertThat(r.reason()).isEqualTo("Naver answered with resultCode fail");
                });
    }
}
