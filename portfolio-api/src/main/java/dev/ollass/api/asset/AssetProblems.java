package dev.ollass.api.asset;

import dev.ollass.web.ProblemException;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;

/** The original's soft errors of the asset endpoints (spec §2.5), now with their real status, and the new ones. */
final class AssetProblems {

    static final String QUANTITY = "수량";
    static final String PRICE = "거래가";
    static final String NAME = "종목명";
    static final String DATE = "매매일자";

    private AssetProblems() {}

    static ProblemException invalidLine(String detail, String field) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-asset", "Invalid asset line", detail, field);
    }

    static ProblemException unknownStock(String code) {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "stock-not-found", "Stock not found", code + "를 찾지 못 했습니다.", NAME);
    }

    static ProblemException noBarOnDate(String code, LocalDate date) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "no-market-data-on-trade-date",
                "No market data on the trade date",
                code + " 코드의 " + date + " 날짜 데이터가 존재하지 않습니다.",
                DATE);
    }

    static ProblemException koreanStockInWon(String code) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "korean-stock-in-won-only",
                "A Korean stock trades in won only",
                code + "는 국내 주식이기에, 원화만 가능합니다.",
                PRICE);
    }

    /** A value outside an enumeration of spec §2.4 (the original answered 422 from its schema validation). */
    static ProblemException notAllowed(String jsonField, String value) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-enum-value",
                "Value not allowed",
                "'" + value + "' is not an allowed value of " + jsonField + ".",
                jsonField);
    }

    /** A foreign id answers exactly like an id that does not exist (the original let anyone edit it, §12.1 S1). */
    static ProblemException lineNotFound() {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "asset-not-found", "Asset not found", "해당하는 asset을 찾지 못 했습니다.", "id");
    }

    static ProblemException deleteNotFound() {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "asset-not-found", "Asset not found", "해당하는 asset id가 유저에게 존재하지 않습니다.", "id");
    }

    static ProblemException stockNotHeld() {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "stock-not-held", "Stock not held", "해당하는 주식 종목을 보유하고 있지 않습니다.", "stock_code");
    }

    static ProblemException missingId() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-asset", "Invalid asset line", "id가 필요합니다.", "id");
    }

    static ProblemException missingStockCode() {
        return new ProblemException(
                HttpStatus.BAD_REQUEST, "invalid-asset", "Invalid asset line", "stock_code가 필요합니다.", "stock_code");
    }

    static ProblemException memoTooLong(int max) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST, "invalid-asset", "Invalid asset line", "메모는 " + max + "자를 넘길 수 없습니다.", "memo");
    }

    static ProblemException negativeFee() {
        return new ProblemException(
                HttpStatus.BAD_REQUEST, "invalid-asset", "Invalid asset line", "수수료는 음수일 수 없습니다.", "fee");
    }

    /** The sell (or the change that left it uncovered) would sell shares the user does not hold on that date. */
    static ProblemException sellExceedsHolding(String code, LocalDate date, String detail) {
        return new ProblemException(
                HttpStatus.CONFLICT,
                "sell-exceeds-holding",
                "Sell larger than the holding",
                code + " 매도 수량이 " + date + " 보유 수량보다 많습니다. " + detail,
                QUANTITY);
    }

    static ProblemException userGone() {
        return new ProblemException(HttpStatus.NOT_FOUND, "user-not-found", "User not found", "유저 정보가 없습니다.", "");
    }

    /** The original answered these with a soft 404 (sic); the list is what is wrong, so 400. */
    static ProblemException invalidFields(String detail) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST, "invalid-asset-fields", "Invalid asset-table columns", detail, "");
    }

    static ProblemException cashFlowNotFound() {
        return new ProblemException(
                HttpStatus.NOT_FOUND,
                "cash-flow-not-found",
                "Cash flow not found",
                "해당하는 현금 흐름이 유저에게 존재하지 않습니다.",
                "id");
    }
}
