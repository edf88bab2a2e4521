package dev.ollass.ingestor.naver.price;

import static dev.ollass.ingestor.naver.price.NaverRejectReason.INVALID_PRICE;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.MISSING_FIELD;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.SOURCE_ERROR;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.UNEXPECTED_LAYOUT;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.UNKNOWN_SYMBOL;

import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.naver.price.NaverParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Naver's polling answers into current prices: {@code SERVICE_ITEM} for stocks ({@code nv} in
 * won), {@code SERVICE_INDEX} for the KOSPI and KOSDAQ ({@code nv} in hundredths of a point). The
 * day's high and low ({@code hv}, {@code lv}), when present, must enclose the price: a field that
 * changed its meaning shows there before it shows on a chart.
 */
public final class CurrentPrices {

    public static final String SOURCE = "naver-polling";
    public static final String ITEM_AREA = "SERVICE_ITEM";
    public static final String INDEX_AREA = "SERVICE_INDEX";

    /** Naver's index codes and the codes users know them by (the original's {@code KS11}, {@code KQ11}). */
    private static final Map<String, String> INDICES = Map.of("KOSPI", "KS11", "KOSDAQ", "KQ11");

    private CurrentPrices() {}

    /**
     * The prices of an answer of either kind, as its first area names it: the indices' levels of a
     * {@code SERVICE_INDEX} answer, else the stocks' prices (any other area is then rejected as such).
     */
    public static NaverParseResult of(Polling polling, String rawBody, Instant observedAt) {
        List<Polling.Area> areas = polling.areas();
        boolean indices = areas != null
                && !areas.isEmpty()
                && INDEX_AREA.equals(areas.getFirst().name());
        return indices ? ofIndices(polling, rawBody, observedAt) : ofItems(polling, rawBody, observedAt);
    }

    /** The stocks' prices of a {@code SERVICE_ITEM} answer. */
    public static NaverParseResult ofItems(Polling polling, String rawBody, Instant observedAt) {
        return read(polling, ITEM_AREA, InstrumentKind.STOCK, rawBody, observedAt);
    }

    /** The indices' levels of a {@code SERVICE_INDEX} answer. */
    public static NaverParseResult ofIndices(Polling polling, String rawBody, Instant observedAt) {
        return read(polling, INDEX_AREA, InstrumentKind.INDEX, rawBody, observedAt);
    }

    private static NaverParseResult read(
            Polling polling, String areaName, InstrumentKind kind, String rawBody, Instant observedAt) {
        if (!"success".equals(polling.resultCode())) {
            return NaverParseResult.rejected(
                    SOURCE_ERROR, "Naver answered with resultCode " + polling.resultCode(), rawBody);
        }
        Long time = polling.time();
        if (time == null || time <= 0 || time > MAX_EPOCH_MILLI) {
            return NaverParseResult.rejected(
                    MISSING_FIELD, "result.time is missing or not a time: the prices would have no date", rawBody);
        }
        List<Polling.Area> areas = polling.areas();
        if (areas == null || areas.isEmpty()) {
            return NaverParseResult.rejected(UNEXPECTED_LAYOUT, "result.areas is missing or empty", rawBody);
        }
        List<CurrentPrice> prices = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Polling.Area area : areas) {
            if (!areaName.equals(area.name())) {
                rejections.add(new Rejection(
                        UNEXPECTED_LAYOUT, "area " + area.name() + " where " + areaName + " was expected", rawBody));
                continue;
            }
            List<Polling.Data> datas = area.datas();
            if (datas == null || datas.isEmpty()) {
                rejections.add(new Rejection(
                        MISSING_FIELD, "area " + areaName + " has no datas: Naver knows no such code", rawBody));
                continue;
            }
            for (Polling.Data data : datas) {
                Outcome outcome = kind == InstrumentKind.STOCK ? stockPrice(data) : indexLevel(data);
                if (outcome instanceof Problem problem) {
                    rejections.add(new Rejection(problem.reason(), problem.text(), rawBody));
                    continue;
                }
                Found found = (Found) outcome;
                prices.add(new CurrentPrice(
                        found.symbol(),
                        kind,
                        found.price(),
                        "KRW",
                        data.marketStatus(),
                        Instant.ofEpochMilli(time),
                        SOURCE,
                        observedAt));
            }
        }
        return new NaverParseResult(List.of(), List.copyOf(prices), List.copyOf(rejections));
    }

    /** 2200-01-01: a later {@code time} is a broken field, not a moment. */
    private static final long MAX_EPOCH_MILLI = 7_258_118_400_000L;

    private static Outcome stockPrice(Polling.Data data) {
        String code = data.code();
        if (code == null || !KoreanCodes.isStockCode(code)) {
            return problem(UNKNOWN_SYMBOL, "cd " + code + " is not a Korean stock code");
        }
        return price(data, code, code, 0);
    }

    private static Outcome indexLevel(Polling.Data data) {
        String code = data.code();
        String symbol = code == null ? null : INDICES.get(code);
        if (symbol == null) {
            return problem(UNKNOWN_SYMBOL, "cd " + code + " is not an index Ollass collects (KOSPI, KOSDAQ)");
        }
        return price(data, code, symbol, 2);
    }

    /**
     * @param hundredths 2 when Naver sends the value in hundredths (index points), 0 when as it is (won)
     */
    private static Outcome price(Polling.Data data, String code, String symbol, int hundredths) {
        BigDecimal nv = data.numbers().get("nv");
        if (nv == null) {
            return problem(MISSING_FIELD, code + ": nv (the current price) is missing or not a number");
        }
        if (nv.signum() <= 0 || !isWhole(nv) || nv.precision() - nv.scale() > MAX_DIGITS) {
            return problem(INVALID_PRICE, code + ": nv " + nv + " is not a positive whole number");
        }
        BigDecimal high = data.numbers().get("hv");
        BigDecimal low = data.numbers().get("lv");
        if ((high != null && high.compareTo(nv) < 0) || (low != null && low.compareTo(nv) > 0)) {
            return problem(
                    INVALID_PRICE, code + ": nv " + nv + " is outside the day's range lv " + low + " to hv " + high);
        }
        return new Found(symbol, nv.movePointLeft(hundredths));
    }

    /** More digits than any won price or index level (a trillion won is 13). */
    private static final int MAX_DIGITS = 15;

    /** A price read from one entry, or what is wrong with it. */
    private sealed interface Outcome permits Found, Problem {}

    private record Found(String symbol, BigDecimal price) implements Outcome {}

    private record Problem(NaverRejectReason reason, String text) implements Outcome {}

    private static boolean isWhole(BigDecimal value) {
        // 1e6 and 1.000000 are whole too; the check avoids BigDecimal arithmetic on absurd exponents.
        return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static Problem problem(NaverRejectReason reason, String text) {
        return new Problem(reason, text);
    }
}
