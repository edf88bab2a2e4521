package dev.ollass.api.market;

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
@Tag(name = "market", description = "Daily prices and latest prices per stock code")
class MarketController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final MarketReader reader;

    MarketController(MarketReader reader) {
        this.reader = reader;
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of a stock between two exchange-local dates (inclusive), oldest first")
    @ApiResponse(responseCode = "200", description = "the bars, possibly none in the range")
    @ApiResponse(
            responseCode = "400",
            description = "a date that is not a date, or a start after the end",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(
            responseCode = "404",
            description = "no market data at all for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
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
        LocalDate from = start != null ? start : LocalDate.of(1900, 1, 1);
        LocalDate to = end != null ? end : LocalDate.of(9999, 12, 31);
        if (from.isAfter(to)) {
            throw new InvalidDateRange(from, to);
        }
        List<DailyPrice> prices = reader.dailyPrices(code, from, to);
        if (prices.isEmpty() && !reader.hasAnyDailyPrice(code)) {
            throw new MarketDataNotFound(code);
        }
        return prices;
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest price of a stock: the close of its newest trading date")
    @ApiResponse(responseCode = "200", description = "the latest price")
    @ApiResponse(
            responseCode = "404",
            description = "no latest price for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    CurrentPrice latest(@PathVariable String code) {
        return reader.latestPrice(code).orElseThrow(() -> new MarketDataNotFound(code));
    }
}
