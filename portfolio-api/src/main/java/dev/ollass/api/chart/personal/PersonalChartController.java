package dev.ollass.api.chart.personal;

import dev.ollass.api.auth.session.Caller;
import dev.ollass.api.cache.AnswerWithMissing;
import dev.ollass.api.chart.personal.PersonalChartData.Needs;
import dev.ollass.api.chart.personal.calc.ChartBodies;
import dev.ollass.api.chart.personal.calc.Charted;
import dev.ollass.api.chart.personal.calc.Interval;
import dev.ollass.api.chart.personal.calc.PersonalCharts;
import dev.ollass.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The original's personal charts (spec §3.1–3.8) on the caller's own trades, and their {@code /sample/...} twins
 * on the sample portfolio (no token). Same paths, query values and JSON shapes; where a formula was wrong the
 * operation's description says what it computes instead.
 */
@RestController
@RequestMapping(value = "/api/chart/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonalChartController {

    /** The response header naming the symbols a chart lacks data for, comma separated (absent: none). */
    static final String MISSING_DATA = "Ollass-Missing-Data";

    private static final String MISSING = "Symbols lacking data are named in the response header Ollass-Missing-Data"
            + " (comma separated; absent when none)";
    private static final String MISSING_FIELD = " and in the added field missing_data";
    private static final String KEPT = " The answer is kept in Redis per user until the user's trades or the"
            + " market data (prices, bars, rates, splits, dividends) change (at most ollass.chart.personal.cache-ttl).";

    private static final String SAVE_TREND = "Where the held portfolio heads in 15 years (KRW, in 억원 or 만원): start"
            + " = the market value held now; yearly saving = the money put in over the last 365 days (buys − sells)"
            + " plus the dividends received in them, at least 0; yearly growth = the held shares' return so far,"
            + " annualised over the years since the first trade (at least one). 예상자산: v(k) = (v(k−1) + saving) ×"
            + " (1 + growth); 실질자산: the same in today's money, ÷ 1.03^k. The original projected from the last 90"
            + " days' buys only, with four times that quarter's buys as yearly saving and 3 points less growth as the"
            + " real series (§12.2 Q7). Empty portfolio: empty lists, {} series, unit \"\".";
    private static final String DIVIDEND = "category=every: per year, the dividends received each month (KRW): the"
            + " shares held the day before each ex-date × the dividend per share, at the ex-date's rate (sells count;"
            + " the original ignored them); this year's months still to come add a forecast from the dividend"
            + " history (the original's rule, §8.9: growth of the yearly sums, a stock that paid in each of the last"
            + " three years, last year's month × (1+g), else two or three years back) × the shares held now. Its"
            + " keys are years, so no field is added: missing symbols are in the header only. category=type: per held"
            + " stock (named by its code, as the original), the dividends per share of the last 365 days × the"
            + " shares held, KRW (the original took the last dividend alone); [{name:\"\",…0}] when none.";
    private static final String COMPOSITION = "type=composition: each held stock's market value (KRW, latest price,"
            + " latest rate) and share, named in Korean; type=account: the same per account type (기타 when none),"
            + " a holding split among the accounts of the buys its shares are still held from. Sold-out stocks are"
            + " not shown (the original ignored sells). [] when nothing is held.";
    private static final String PERFORMANCE = "Both series are cumulative returns (%) since the window's first"
            + " business day. 내 수익률: time-weighted: each day's value of the shares held (closes, a gap carried"
            + " forward, KRW at the day's rate) against the day before's plus that day's buys − sells, chained, so"
            + " buying or selling does not move it; 코스피: KOSPI's close against its close on the first day."
            + " myReturnRate and contrastMarketReturns are the window's returns (the series' last values). The"
            + " original compared the user's cost-basis return with KOSPI's return from each day until now and"
            + " averaged (§12.2 Q8). 1month: one point per business day; 3month/6month/1year: per month, the value"
            + " at its last business day.";
    private static final String MY_STOCK = "One item per held stock (the original listed every buy line, sold or"
            + " not): latest price (KRW), the unrealized profit of the shares held against their average cost (KRW at"
            + " each buy's rate) and its rate, the shares held (today's units). Added: code, price_date (the price's"
            + " date; null when the market has none and the stock is shown at its cost) and stale (older than five"
            + " days).";
    private static final String SUMMARY = "total_asset_amount: the held shares' market value; total_investment_amount:"
            + " their cost (sold shares left it when sold); profit: the difference and its rate; increase_asset_amount:"
            + " the market value now − the value of what was held 30 days ago (the weekday on or before) at that day's"
            + " closes and rate. All KRW.";

    private final PersonalChartData data;
    private final PersonalChartCache cache;
    private final JsonMapper json;

    PersonalChartController(PersonalChartData data, PersonalChartCache cache, JsonMapper json) {
        this.data = data;
        this.cache = cache;
        this.json = json;
    }

    @Operation(summary = "The caller's 15-year savings projection", description = SAVE_TREND + KEPT)
    @ApiResponse(
            responseCode = "200",
            description = MISSING + MISSING_FIELD,
            content = @Content(schema = @Schema(implementation = ChartBodies.SaveTrend.class)),
            headers = @Header(name = MISSING_DATA))
    @GetMapping("/asset-save-trend")
    ResponseEntity<byte[]> assetSaveTrend(Caller caller) {
        return saveTrend(caller.userId());
    }

    @Operation(summary = "The sample portfolio's 15-year savings projection", description = SAVE_TREND)
    @GetMapping("/sample/asset-save-trend")
    ResponseEntity<byte[]> sampleAssetSaveTrend() {
        return saveTrend(null);
    }

    @Operation(summary = "The caller's dividends by month, or by stock", description = DIVIDEND + KEPT)
    @ApiResponse(responseCode = "200", description = MISSING, headers = @Header(name = MISSING_DATA))
    @GetMapping("/estimate-dividend")
    ResponseEntity<byte[]> estimateDividend(
            Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"every", "type"})) @RequestParam(defaultValue = "every")
                    String category) {
        return dividend(caller.userId(), category);
    }

    @Operation(summary = "The sample portfolio's dividends by month, or by stock", description = DIVIDEND)
    @GetMapping("/sample/estimate-dividend")
    ResponseEntity<byte[]> sampleEstimateDividend(
            @Parameter(schema = @Schema(allowableValues = {"every", "type"})) @RequestParam(defaultValue = "every")
                    String category) {
        return dividend(null, category);
    }

    @Operation(summary = "The caller's holdings by stock, or by account type", description = COMPOSITION + KEPT)
    @ApiResponse(
            responseCode = "200",
            description = MISSING,
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ChartBodies.Share.class))),
            headers = @Header(name = MISSING_DATA))
    @GetMapping("/composition")
    ResponseEntity<byte[]> composition(
            Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"composition", "account"}))
                    @RequestParam(defaultValue = "composition")
                    String type) {
        return compositionOf(caller.userId(), type);
    }

    @Operation(summary = "The sample portfolio's holdings by stock, or by account type", description = COMPOSITION)
    @GetMapping("/sample/composition")
    ResponseEntity<byte[]> sampleComposition(
            @Parameter(schema = @Schema(allowableValues = {"composition", "account"}))
                    @RequestParam(defaultValue = "composition")
                    String type) {
        return compositionOf(null, type);
    }

    @Operation(summary = "The caller's return against KOSPI's", description = PERFORMANCE + KEPT)
    @ApiResponse(
            responseCode = "200",
            description = MISSING + MISSING_FIELD,
            content = @Content(schema = @Schema(implementation = ChartBodies.Performance.class)),
            headers = @Header(name = MISSING_DATA))
    @GetMapping("/performance-analysis")
    ResponseEntity<byte[]> performanceAnalysis(
            Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"1month", "3month", "6month", "1year"}))
                    @RequestParam(defaultValue = "1month")
                    String interval) {
        return performance(caller.userId(), interval);
    }

    @Operation(summary = "The sample portfolio's return against KOSPI's", description = PERFORMANCE)
    @GetMapping("/sample/performance-analysis")
    ResponseEntity<byte[]> samplePerformanceAnalysis(
            @Parameter(schema = @Schema(allowableValues = {"1month", "3month", "6month", "1year"}))
                    @RequestParam(defaultValue = "1month")
                    String interval) {
        return performance(null, interval);
    }

    @Operation(summary = "The caller's held stocks", description = MY_STOCK + KEPT)
    @ApiResponse(
            responseCode = "200",
            description = MISSING,
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ChartBodies.MyStock.class))),
            headers = @Header(name = MISSING_DATA))
    @GetMapping("/my-stock")
    ResponseEntity<byte[]> myStock(Caller caller) {
        return myStockOf(caller.userId());
    }

    @Operation(summary = "The sample portfolio's held stocks", description = MY_STOCK)
    @GetMapping("/sample/my-stock")
    ResponseEntity<byte[]> sampleMyStock() {
        return myStockOf(null);
    }

    @Operation(summary = "The caller's totals", description = SUMMARY + KEPT)
    @ApiResponse(
            responseCode = "200",
            description = MISSING + MISSING_FIELD,
            content = @Content(schema = @Schema(implementation = ChartBodies.Summary.class)),
            headers = @Header(name = MISSING_DATA))
    @GetMapping("/summary")
    ResponseEntity<byte[]> summary(Caller caller) {
        return summaryOf(caller.userId());
    }

    @Operation(summary = "The sample portfolio's totals", description = SUMMARY)
    @GetMapping("/sample/summary")
    ResponseEntity<byte[]> sampleSummary() {
        return summaryOf(null);
    }

    private ResponseEntity<byte[]> saveTrend(@Nullable Long userId) {
        return chart("asset-save-trend", userId, Needs.HOLDINGS, null, PersonalCharts::saveTrend);
    }

    private ResponseEntity<byte[]> dividend(@Nullable Long userId, String category) {
        return switch (category) {
            case "every" ->
                chart("estimate-dividend:every", userId, Needs.HOLDINGS, null, PersonalCharts::dividendCalendar);
            case "type" ->
                chart("estimate-dividend:type", userId, Needs.HOLDINGS, null, PersonalCharts::dividendShares);
            default -> throw notAllowed("category", category, "every, type");
        };
    }

    private ResponseEntity<byte[]> compositionOf(@Nullable Long userId, String type) {
        return switch (type) {
            case "composition" ->
                chart("composition:composition", userId, Needs.HOLDINGS, null, PersonalCharts::composition);
            case "account" -> chart("composition:account", userId, Needs.HOLDINGS, null, PersonalCharts::accounts);
            default -> throw notAllowed("type", type, "composition, account");
        };
    }

    private ResponseEntity<byte[]> performance(@Nullable Long userId, String value) {
        Interval interval =
                Interval.parse(value).orElseThrow(() -> notAllowed("interval", value, "1month, 3month, 6month, 1year"));
        return chart(
                "performance-analysis:" + interval.wire(),
                userId,
                Needs.CLOSES_AND_KOSPI,
                interval,
                charts -> charts.performance(interval));
    }

    private ResponseEntity<byte[]> myStockOf(@Nullable Long userId) {
        return chart("my-stock", userId, Needs.HOLDINGS, null, PersonalCharts::myStocks);
    }

    private ResponseEntity<byte[]> summaryOf(@Nullable Long userId) {
        return chart("summary", userId, Needs.CLOSES, null, PersonalCharts::summary);
    }

    private ResponseEntity<byte[]> chart(
            String chart,
            @Nullable Long userId,
            Needs needs,
            @Nullable Interval interval,
            Function<PersonalCharts, Charted<?>> compute) {
        AnswerWithMissing answer = cache.answer(chart, userId, () -> {
            Charted<?> charted = compute.apply(data.of(userId, needs, interval));
            return new AnswerWithMissing(json.writeValueAsBytes(charted.body()), charted.missing());
        });
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        String missing = answer.missingCodes();
        if (!missing.isEmpty()) {
            response.header(MISSING_DATA, missing);
        }
        return response.body(answer.json());
    }

    /** A query value outside the original's enumeration (it answered 422 from its validation). */
    static ProblemException notAllowed(String parameter, String value, String allowed) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-enum-value",
                "Value not allowed",
                "'" + value + "' is not an allowed value of " + parameter + " (allowed: " + allowed + ").",
                parameter);
    }
}
