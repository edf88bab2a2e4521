package dev.ollass.notifier.gap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.Status;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import dev.ollass.contracts.market.SuspectReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapWordingTest {

    private static final LocalDate DAY = LocalDate.of(2021, 4, 16);
    private static final Instant DETECTED = Instant.parse("2021-04-16T14:00:00Z");

    @Test
    void keepsTheOriginalsSubjectAndFirstLineAndNamesEveryProblemWithItsCount() {
        var mail = GapWording.alert(gap(
                List.of("000660", "005930"),
                List.of("USDKRW"),
                List.of("KS11"),
                List.of(new SuspectPoint(
                        "035720",
                        InstrumentKind.STOCK,
                        DAY,
                        List.of(SuspectReason.CLOSE_OUTSIDE_RANGE, SuspectReason.LARGE_MOVE)))));

        assertThat(mail.subject()).isEqualTo("Stock Daily 미수집: KR 2021-04-16 (5 problems)");
        assertThat(mail.text()).isEqualTo("""
                        2021-04-16 날짜에 000660, 005930, KS11, USDKRW가 수집되지 않았습니다.

                        Market: KR
                        Trading day: 2021-04-16
                        Problems: 5
                        Missing symbols (2): 000660, 005930
                        Missing FX rates (1): USDKRW
                        Missing indices (1): KS11
                        Suspect points (1):
                          - 035720 (STOCK) 2021-04-16: CLOSE_OUTSIDE_RANGE, LARGE_MOVE
                        Detected at: 2021-04-16T14:00:00Z
                        """);
        assertThat(mail.html())
                .contains(
                        "<title>Stock Daily 미수집: KR 2021-04-16 (5 problems)</title>",
                        "<p>2021-04-16 날짜에 000660, 005930, KS11, USDKRW가 수집되지 않았습니다.</p>",
                        "<tr><th align=\"left\">Market</th><td>KR</td></tr>",
                        "<tr><th align=\"left\">Problems</th><td>5</td></tr>",
                        "<tr><th align=\"left\">Missing FX rates (1)</th><td>USDKRW</td></tr>",
                        "<tr><th align=\"left\">Missing indices (1)</th><td>KS11</td></tr>",
                        "<ul><li>035720 (STOCK) 2021-04-16: CLOSE_OUTSIDE_RANGE, LARGE_MOVE</li></ul>",
                        "<tr><th align=\"left\">Detected at</th><td>2021-04-16T14:00:00Z</td></tr>");
    }

    @Test
    void namesWhatIsMissingFirstInTheSubject() {
        assertThat(GapWording.alert(gap(List.of(), List.of("USDKRW"), List.of("KS11"), List.of()))
                        .subject())
                .startsWith("Index Daily 미수집: ");
        assertThat(GapWording.alert(gap(List.of(), List.of("USDKRW"), List.of(), List.of()))
                        .subject())
                .isEqualTo("FX Daily 미수집: KR 2021-04-16 (1 problem)");
    }

    @Test
    void saysWhatIsSuspectWhenNothingIsMissing() {
        var mail = GapWording.alert(gap(
                List.of(),
                List.of(),
                List.of(),
                List.of(new SuspectPoint("USDKRW", InstrumentKind.FX, DAY, List.of(SuspectReason.HIGH_BELOW_LOW)))));

        assertThat(mail.subject()).isEqualTo("Daily 의심 데이터: KR 2021-04-16 (1 problem)");
        assertThat(mail.text())
                .startsWith("2021-04-16 날짜에 KR의 의심 데이터가 있습니다.\n")
                .contains("Missing symbols (0): none\n", "Missing FX rates (0): none\n", "Missing indices (0): none\n");
        assertThat(mail.html()).contains("<th align=\"left\">Missing symbols (0)</th><td>none</td>");
    }

    @Test
    void saysNoneWhenThereIsNoSuspectPoint() {
        var mail = GapWording.alert(gap(List.of("AAPL"), List.of(), List.of(), List.of()));

        assertThat(mail.text()).contains("Suspect points (0): none\n");
        assertThat(mail.html()).contains("<th align=\"left\">Suspect points (0)</th><td>none</td>");
    }

    @Test
    void escapesEveryValueInTheHtml() {
        var mail = GapWording.alert(gap(List.of("<b>&\"'"), List.of(), List.of(), List.of()));

        assertThat(mail.html()).contains("&lt;b&gt;&amp;&quot;&#39;").doesNotContain("<b>");
        assertThat(mail.text()).contains("<b>&\"'");
    }

    @Test
    void tellsShortlyThatAGapIsFilled() {
        var mail = GapWording.recovered(new MarketDataGap(
                Status.RESOLVED, "KR", DAY, List.of(), List.of(), List.of(), List.of(), "abc", DETECTED));

        assertThat(mail.subject()).isEqualTo("Recovered: KR 2021-04-16 수집 완료");
        assertThat(mail.text()).isEqualTo("""
                        2021-04-16 날짜의 KR 데이터가 모두 수집되었습니다.

                        The gap reported for market KR on 2021-04-16 is filled: nothing is missing any more.
                        Resolved at: 2021-04-16T14:00:00Z
                        """);
        assertThat(mail.html())
                .contains("<p>2021-04-16 날짜의 KR 데이터가 모두 수집되었습니다.</p>", "<p>Resolved at: 2021-04-16T14:00:00Z</p>");
    }

    @Test
    void digestsAlertsAndRecoveriesUnderOneSubject() {
        var kr = gap(List.of("005930"), List.of(), List.of(), List.of());
        var us = new MarketDataGap(
                Status.RESOLVED, "US", DAY, List.of(), List.of(), List.of(), List.of(), "abc", DETECTED);

        var mail = GapWording.digest(List.of(kr), List.of(us));

        assertThat(mail.subject()).isEqualTo("Stock Daily 미수집 digest: 1 market-day missing data, 1 recovered");
        assertThat(mail.text())
                .startsWith("1 market-day with missing data, 1 recovered.\n")
                .contains(
                        "\n== Stock Daily 미수집: KR 2021-04-16 ==\n2021-04-16 날짜에 005930가 수집되지 않았습니다.",
                        "\n== Recovered: US 2021-04-16 ==\n2021-04-16 날짜의 US 데이터가 모두 수집되었습니다.");
        assertThat(mail.html())
                .contains(
                        "<p>1 market-day with missing data, 1 recovered.</p>",
                        "<h2>Stock Daily 미수집: KR 2021-04-16</h2>",
                        "<h2>Recovered: US 2021-04-16</h2>");
    }

    @Test
    void digestsOnlyRecoveriesUnderARecoveredSubject() {
        var us = new MarketDataGap(
                Status.RESOLVED, "US", DAY, List.of(), List.of(), List.of(), List.of(), "abc", DETECTED);

        assertThat(GapWording.digest(List.of(), List.of(us, us)).subject())
                .isEqualTo("Recovered digest: 0 market-days missing data, 2 recovered");
    }

    private static MarketDataGap gap(
            List<String> symbols, List<String> fx, List<String> indices, List<SuspectPoint> suspects) {
        return new MarketDataGap(Status.MISSING, "KR", DAY, symbols, fx, indices, suspects, "d", DETECTED);
    }
}
