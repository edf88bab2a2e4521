package dev.ollass.api.market;

import dev.ollass.api.openapi.ProblemSchema;
import dev.ollass.contracts.market.InstrumentKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market data for one stock code, as the projections hold it. Added beside the original's routers
 * (it had no such endpoint), under the same {@code /api/<area>/v1} scheme; public, like the
 * original's {@code /stocks} list.
 */
@RestController
@RequestMapping("/api/market/v1/stocks/{code}")
@Tag(name = "market", description = "Daily prices, latest prices, dividends and splits per stock code")
class MarketController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final MarketReader reader;
    private final MarketSeries stocks;

    MarketController(MarketReader reader) {
        this.reader = reader;
        this.stocks = new MarketSeries(reader, InstrumentKind.STOCK);
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of a stock between two exchange-local dates (inclusive), oldest first")
    @ApiResponse(responseCode = "200", description = "the bars, possibly none in the range")
    @ApiResponse(
            responseCode = "400",
            description = "a date that is not a date, or a start after the end",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    @ApiResponse(
            responseCode = "404",
            description = "no market data at all for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    List<DailyPrice> daily(
            @PathVariable String code,
            @Parameter(description = "first trading date, ISO (default: no lower bound)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate start,
            @Parameter(description = "last trading date, ISO (default: no upper bound)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate end) {
        return stocks.daily(code, start, end);
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest price of a stock: the close of its newest trading date")
    @ApiResponse(responseCode = "200", description = "the latest price")
    @ApiResponse(
            responseCode = "404",
            description = "no latest price for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    CurrentPrice latest(@PathVariable String code) {
        return stocks.latest(code);
    }

    @GetMapping("/dividends")
    @Operation(summary = "The dividends of a stock, oldest ex-date first")
    @ApiResponse(responseCode = "200", description = "the dividends, possibly none")
    @ApiResponse(
            responseCode = "404",
            description = "no market data at all for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    List<Dividend> dividends(@PathVariable String code) {
        String stock = MarketCodes.normalize(code);
        List<Dividend> dividends = reader.dividends(stock);
        if (dividends.isEmpty() && !reader.knowsStock(stock)) {
            throw new MarketDataNotFound(stock);
        }
        return dividends;
    }

    @GetMapping("/splits")
    @Operation(summary = "The splits of a stock, oldest first")
    @ApiResponse(responseCode = "200", description = "the splits, possibly none")
    @ApiResponse(
            responseCode = "404",
            description = "no market data at all for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    List<Split> splits(@PathVariable String code) {
        String stock = MarketCodes.normalize(code);
        List<Split> splits = reader.splits(stock);
        if (splits.isEmpty() && !reader.knowsStock(stock)) {
            throw new MarketDataNotFound(stock);
        }
        return splits;
    }
}
