package dev.ollass.api.chart.market.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexBoardTest {

    private static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    private static IndexLevel level(String code, String level, String date, String previous) {
        return new IndexLevel(
                code, new BigDecimal(level), LocalDate.parse(date), previous == null ? null : new BigDecimal(previous));
    }

    @Test
    void showsEachLevelWithItsKoreanLabelAndItsChangeAgainstThePreviousClose() {
        IndexBoard.Board board =
                IndexBoard.of(Map.of("KS11", level("KS11", "3198.84", "2021-04-16", "3194.33")), TODAY);

        // (3198.84 - 3194.33) / 3194.33 × 100 = 0.14118...
        assertThat(board.rows())
                .containsExactly(new IndexBoard.Row(
                        "KS11",
                        "코스피",
                        new BigDecimal("3198.84"),
                        new BigDecimal("0.14"),
                        LocalDate.parse("2021-04-16"),
                        false));
    }

    @Test
    void keepsTheOriginalsOrderWhateverOrderTheLevelsComeIn() {
        IndexBoard.Board board = IndexBoard.of(
                Map.of(
                        "GSPC", level("GSPC", "4185.47", "2021-04-16", "4170.42"),
                        "IXIC", level("IXIC", "14052.34", "2021-04-16", "14038.76"),
                        "KS11", level("KS11", "3198.62", "2021-04-16", "3194.33"),
                        "DJI", level("DJI", "34200.67", "2021-04-16", "34035.99")),
                TODAY);

        assertThat(board.rows()).extracting(IndexBoard.Row::name).containsExactly("KS11", "DJI", "IXIC", "GSPC");
        assertThat(board.rows()).extracting(IndexBoard.Row::nameKr).containsExactly("코스피", "다우존스", "나스닥", "S&P 500");
    }

    @Test
    void showsAnOldLevelMarkedStaleWithItsDate() {
        IndexBoard.Board board =
                IndexBoard.of(Map.of("DJI", level("DJI", "27492.63", "2019-11-05", "27462.11")), TODAY);

        IndexBoard.Row dow = board.rows().getFirst();
        assertThat(dow.stale()).isTrue();
        assertThat(dow.asOf()).isEqualTo(LocalDate.parse("2019-11-05"));
        assertThat(dow.currentValue()).isEqualByComparingTo("27492.63");
    }

    @Test
    void aLevelFiveDaysOldIsStillFreshASixDaysOldOneIsStale() {
        IndexBoard.Board board = IndexBoard.of(
                Map.of(
                        "KS11", level("KS11", "3000", "2021-04-11", "3000"),
                        "KQ11", level("KQ11", "1000", "2021-04-10", "1000")),
                TODAY);

        assertThat(board.rows()).extracting(IndexBoard.Row::stale).containsExactly(false, true);
    }

    @Test
    void namesEveryIndexWithoutALevelInTheOriginalsOrderAndShowsNothingForIt() {
        IndexBoard.Board board =
                IndexBoard.of(Map.of("GSPC", level("GSPC", "4185.47", "2021-04-16", "4170.42")), TODAY);

        assertThat(board.rows()).extracting(IndexBoard.Row::name).containsExactly("GSPC");
        assertThat(board.missing())
                .hasSize(22)
                .startsWith("KS11", "KQ11", "DJI", "IXIC", "NYA")
                .endsWith("SX5E");
        assertThat(board.missing()).doesNotContain("GSPC");
    }

    @Test
    void showsNoChangeWhenThereIsNoEarlierCloseAndIgnoresIndicesWithoutAKoreanLabel() {
        IndexBoard.Board board = IndexBoard.of(
                Map.of(
                        "KS11", level("KS11", "3198.62", "2021-04-16", null),
                        "KQ11", level("KQ11", "1000", "2021-04-16", "0"),
                        "NYSE", level("NYSE", "16000", "2021-04-16", "15000")),
                TODAY);

        assertThat(board.rows())
                .extracting(IndexBoard.Row::changePercent)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(board.rows()).extracting(IndexBoard.Row::name).doesNotContain("NYSE");
    }

    @Test
    void aFallGivesANegativeChange() {
        IndexBoard.Board board = IndexBoard.of(Map.of("KS11", level("KS11", "2970", "2021-04-16", "3000")), TODAY);

        assertThat(board.rows().getFirst().changePercent()).isEqualByComparingTo("-1.00");
    }
}
