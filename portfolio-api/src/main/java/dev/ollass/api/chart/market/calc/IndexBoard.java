package dev.ollass.api.chart.market.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The board of {@code GET /api/chart/v1/indice}: one row per index of the original's list that has a Korean
 * label, in the original's order, for each index the projections hold a level of. An index without a level
 * is left out and named; one whose level is older than {@link #STALE_AFTER_DAYS} days before the market's
 * today is shown, marked stale, with its date.
 */
public final class IndexBoard {

    /** A level whose trading date is more than this many days before today is stale (as a holding's price). */
    public static final int STALE_AFTER_DAYS = 5;

    /** The original's index codes with their Korean labels ({@code MARKET_INDEX_KR_MAPPING}), in its order. */
    public static final List<Label> LABELS = List.of(
            new Label("KS11", "코스피"),
            new Label("KQ11", "코스닥"),
            new Label("DJI", "다우존스"),
            new Label("IXIC", "나스닥"),
            new Label("GSPC", "S&P 500"),
            new Label("NYA", "NYSE 종합"),
            new Label("N225", "니케이 225"),
            new Label("FTSE", "FTSE 100"),
            new Label("DAX", "독일 DAX"),
            new Label("PX1", "프랑스 CAC 40"),
            new Label("000001.SS", "상하이 종합"),
            new Label("HSI", "항셍"),
            new Label("GSPTSE", "S&P TSX"),
            new Label("AXJO", "ASX 200"),
            new Label("NSEI", "Nifty 50"),
            new Label("BVSP", "브라질 Bovespa"),
            new Label("IMOEX", "모스크바"),
            new Label("FTSEMIB.MI", "FTSE MIB"),
            new Label("IBEX", "IBEX 35"),
            new Label("SMI", "스위스 SMI"),
            new Label("AEX", "네덜란드 AEX"),
            new Label("TSE", "TSE 300"),
            new Label("SX5E", "유로스톡스 50"));

    private IndexBoard() {}

    /** An index code and its Korean label. */
    public record Label(String code, String nameKr) {}

    /**
     * One row as shown.
     *
     * @param changePercent (level − previous close) / previous close × 100, 2 decimals; 0 without a previous
     *     close
     * @param asOf the trading date of {@code currentValue}
     * @param stale whether {@code asOf} is more than {@value #STALE_AFTER_DAYS} days before today
     */
    public record Row(
            String name,
            String nameKr,
            BigDecimal currentValue,
            BigDecimal changePercent,
            LocalDate asOf,
            boolean stale) {}

    /** The rows, and the codes of the indices without a level, in the original's order. */
    public record Board(List<Row> rows, List<String> missing) {}

    /** The board of {@code levels} (by code; codes outside the list are ignored) on the market's {@code today}. */
    public static Board of(Map<String, IndexLevel> levels, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Label label : LABELS) {
            IndexLevel level = levels.get(label.code());
            if (level == null) {
                missing.add(label.code());
                continue;
            }
            rows.add(new Row(
                    label.code(),
                    label.nameKr(),
                    level.level(),
                    change(level),
                    level.date(),
                    level.date().plusDays(STALE_AFTER_DAYS).isBefore(today)));
        }
        return new Board(List.copyOf(rows), List.copyOf(missing));
    }

    private static BigDecimal change(IndexLevel level) {
        BigDecimal previous = level.previousClose();
        if (previous == null || previous.signum() == 0) {
            return BigDecimal.ZERO.setScale(Shares.PERCENT_SCALE);
        }
        return Shares.percent(level.level().subtract(previous), previous)
                .setScale(Shares.PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }
}
