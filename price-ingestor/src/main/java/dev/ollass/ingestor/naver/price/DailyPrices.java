package dev.ollass.ingestor.naver.price;

import static dev.ollass.ingestor.naver.price.NaverRejectReason.INVALID_PRICE;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.MISSING_FIELD;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.UNEXPECTED_LAYOUT;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.UNKNOWN_SYMBOL;
import static dev.ollass.ingestor.naver.price.NaverRejectReason.WRONG_PAGE;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.naver.price.NaverParseResult.Rejection;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Naver's daily price table into ticks, one per row: date, close, change, open, high, low,
 * volume, in won, dated in Seoul. The header must be exactly the one Naver has shown for years, so a
 * reordered or renamed column is a rejection rather than opens read as closes. Naver's table has no
 * adjusted close: a tick's adjusted close is its close.
 */
public final class DailyPrices {

    public static final String SOURCE = "naver-sise-day";
    public static final String ZONE = "Asia/Seoul";

    /** 날짜 date, 종가 close, 전일비 change, 시가 open, 고가 high, 저가 low, 거래량 volume. */
    static final List<String> HEADERS = List.of("날짜", "종가", "전일비", "시가", "고가", "저가", "거래량");

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d{2})");
    // Whole won with thousands separators, as Naver writes them: 253,000. Volumes are written the same way.
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(,\\d{3}){0,4}");

    private DailyPrices() {}

    /**
     * @param code the stock code the page was asked for
     * @param rawPage the page as received, kept in the rejection when the whole page is unusable
     */
    public static NaverParseResult of(DailyPriceTable table, String code, String rawPage, Instant observedAt) {
        if (!KoreanCodes.isStockCode(code)) {
            return NaverParseResult.rejected(UNKNOWN_SYMBOL, code + " is not a Korean stock code", rawPage);
        }
        if (!HEADERS.equals(table.headers().stream().map(DailyPrices::clean).toList())) {
            return NaverParseResult.rejected(
                    UNEXPECTED_LAYOUT, "the table's header is " + table.headers() + ", not " + HEADERS, rawPage);
        }
        if (table.pageCode() != null && !code.equals(table.pageCode())) {
            return NaverParseResult.rejected(
                    WRONG_PAGE, "the page is of " + table.pageCode() + ", not of " + code, rawPage);
        }
        List<PriceTick> ticks = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (DailyPriceTable.Row row : table.rows()) {
            List<String> cells = row.cells().stream().map(DailyPrices::clean).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue; // the spacer rows between groups of five, and the empty rows of a last page
            }
            if (cells.size() != HEADERS.size()) {
                rejections.add(new Rejection(
                        UNEXPECTED_LAYOUT, code + ": a row has " + cells.size() + " cells, not 7", row.html()));
                continue;
            }
            try {
                ticks.add(tick(code, cells, observedAt));
            } catch (RowProblem e) {
                rejections.add(
                        new Rejection(e.reason, code + " " + cells.getFirst() + ": " + e.getMessage(), row.html()));
            }
        }
        if (ticks.isEmpty() && rejections.isEmpty()) {
            return NaverParseResult.rejected(UNEXPECTED_LAYOUT, code + ": the table has no price rows", rawPage);
        }
        return new NaverParseResult(List.copyOf(ticks), List.of(), List.copyOf(rejections));
    }

    private static PriceTick tick(String code, List<String> cells, Instant observedAt) {
        LocalDate date = date(cells.get(0));
        BigDecimal close = whole(cells, 1);
        BigDecimal open = whole(cells, 3);
        BigDecimal high = whole(cells, 4);
        BigDecimal low = whole(cells, 5);
        long volume = whole(cells, 6).longValueExact();
        for (int column : new int[] {1, 3, 4, 5}) {
            if (whole(cells, column).signum() == 0) {
                throw new RowProblem(INVALID_PRICE, HEADERS.get(column) + " is 0: no trade, not a price");
            }
        }
        if (high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new RowProblem(INVALID_PRICE, "고가/저가 (high/low) do not enclose 시가/종가 (open/close)");
        }
        return new PriceTick(
                code,
                date,
                ZONE,
                "KRW",
                open,
                high,
                low,
                close,
                close,
                volume,
                SOURCE,
                observedAt,
                InstrumentKind.STOCK);
    }

    private static LocalDate date(String cell) {
        Matcher matcher = DATE.matcher(cell);
        if (cell.isEmpty()) {
            throw new RowProblem(MISSING_FIELD, "날짜 (date) is empty");
        }
        if (!matcher.matches()) {
            throw new RowProblem(UNEXPECTED_LAYOUT, "날짜 (date) " + cell + " is not YYYY.MM.DD");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw new RowProblem(UNEXPECTED_LAYOUT, "날짜 (date) " + cell + " is no day");
        }
    }

    private static BigDecimal whole(List<String> cells, int column) {
        String cell = cells.get(column);
        if (cell.isEmpty()) {
            throw new RowProblem(MISSING_FIELD, HEADERS.get(column) + " is empty");
        }
        if (!WHOLE.matcher(cell).matches()) {
            throw new RowProblem(
                    INVALID_PRICE, HEADERS.get(column) + " " + cell + " is not a whole number like 253,000");
        }
        return new BigDecimal(cell.replace(",", ""));
    }

    /** Cell text without the no-break spaces Naver pads empty cells with. */
    private static String clean(String cell) {
        return cell.replace('\u00a0', ' ').strip();
    }

    /** What is wrong with one row; a control-flow exception, so it carries no stack trace. */
    private static final class RowProblem extends RuntimeException {

        private final NaverRejectReason reason;

        RowProblem(NaverRejectReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }
}
