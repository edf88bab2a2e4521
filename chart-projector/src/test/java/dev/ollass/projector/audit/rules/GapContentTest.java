package dev.ollass.projector.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import dev.ollass.contracts.market.SuspectReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapContentTest {

    private static final LocalDate DAY = LocalDate.of(2021, 4, 16);
    private static final SuspectPoint SUSPECT_RATE = new SuspectPoint(
            "USDKRW", InstrumentKind.FX, DAY, List.of(SuspectReason.CLOSE_OUTSIDE_RANGE, SuspectReason.LARGE_MOVE));
    private static final SuspectPoint SUSPECT_INDEX =
            new SuspectPoint("KS11", InstrumentKind.INDEX, DAY, List.of(SuspectReason.LARGE_MOVE));
    private static final SuspectPoint SUSPECT_STOCK =
            new SuspectPoint("005930", InstrumentKind.STOCK, DAY, List.of(SuspectReason.NON_POSITIVE_PRICE));

    @Test
    void digestsTheContentAsItsJavadocWritesItOut() throws Exception {
        GapContent content = new GapContent(
                "KR",
                DAY,
                List.of("005930", "000660"),
                List.of("USDKRW"),
                List.of("KS11"),
                List.of(SUSPECT_RATE, SUSPECT_INDEX));
        String text = """
                market=KR
                day=2021-04-16
                symbols=000660,005930
                fx=USDKRW
                indices=KS11
                suspect=INDEX:KS11:2021-04-16:LARGE_MOVE;FX:USDKRW:2021-04-16:CLOSE_OUTSIDE_RANGE+LARGE_MOVE
                """;

        assertThat(content.digest())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void sortsEveryListSoThatTheOrderFoundDoesNotChangeTheDigest() {
        GapContent oneOrder = new GapContent(
                "KR",
                DAY,
                List.of("005930", "000660"),
                List.of("USDKRW", "EURKRW"),
                List.of("KS11", "KQ11"),
                List.of(SUSPECT_RATE, SUSPECT_INDEX, SUSPECT_STOCK));
        GapContent otherOrder = new GapContent(
                "KR",
                DAY,
                List.of("000660", "005930"),
                List.of("EURKRW", "USDKRW"),
                List.of("KQ11", "KS11"),
                List.of(SUSPECT_STOCK, SUSPECT_RATE, SUSPECT_INDEX));

        assertThat(oneOrder).isEqualTo(otherOrder);
        assertThat(oneOrder.digest()).isEqualTo(otherOrder.digest());
        assertThat(oneOrder.suspectPoints()).containsExactly(SUSPECT_STOCK, SUSPECT_INDEX, SUSPECT_RATE);
    }

    @Test
    void tellsEachListApartInTheDigest() {
        GapContent symbol = new GapContent("KR", DAY, List.of("KS11"), List.of(), List.of(), List.of());
        GapContent fx = new GapContent("KR", DAY, List.of(), List.of("KS11"), List.of(), List.of());
        GapContent index = new GapContent("KR", DAY, List.of(), List.of(), List.of("KS11"), List.of());
        GapContent otherDay = new GapContent("KR", DAY.plusDays(1), List.of(), List.of(), List.of("KS11"), List.of());
        GapContent otherMarket = new GapContent("US", DAY, List.of(), List.of(), List.of("KS11"), List.of());

        assertThat(List.of(symbol.digest(), fx.digest(), index.digest(), otherDay.digest(), otherMarket.digest()))
                .doesNotHaveDuplicates()
                .allSatisfy(digest -> assertThat(digest).hasSize(64).matches("[0-9a-f]+"));
    }

    @Test
    void isEmptyOnlyWhenNothingIsMissingOrSuspect() {
        assertThat(new GapContent("KR", DAY, List.of(), List.of(), List.of(), List.of()).isEmpty())
                .isTrue();
        assertThat(new GapContent("KR", DAY, List.of("005930"), List.of(), List.of(), List.of()).isEmpty())
                .isFalse();
        assertThat(new GapContent("KR", DAY, List.of(), List.of("USDKRW"), List.of(), List.of()).isEmpty())
                .isFalse();
        assertThat(new GapContent("KR", DAY, List.of(), List.of(), List.of("KS11"), List.of()).isEmpty())
                .isFalse();
        assertThat(new GapContent("KR", DAY, List.of(), List.of(), List.of(), List.of(SUSPECT_RATE)).isEmpty())
                .isFalse();
    }

    @Test
    void makesTheMissingFindingWithItsContentAndTheResolvedOneWithEmptyLists() {
        Instant now = Instant.parse("2021-04-16T14:00:00Z");
        GapContent content = new GapContent("KR", DAY, List.of("005930"), List.of(), List.of(), List.of(SUSPECT_RATE));

        assertThat(content.missing(now))
                .isEqualTo(new MarketDataGap(
                        MarketDataGap.Status.MISSING,
                        "KR",
                        DAY,
                        List.of("005930"),
                        List.of(),
                        List.of(),
                        List.of(SUSPECT_RATE),
                        content.digest(),
                        now));
        assertThat(GapContent.resolved("KR", DAY, content.digest(), now))
                .isEqualTo(new MarketDataGap(
                        MarketDataGap.Status.RESOLVED,
                        "KR",
                        DAY,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        content.digest(),
                        now));
    }
}
