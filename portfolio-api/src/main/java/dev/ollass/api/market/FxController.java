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
 * The daily bars and the latest rate of an exchange rate (USDKRW: the base currency, then the quote), in the same shapes as a stock's;
 * public, like the stock endpoints.
 */
@RestController
@RequestMapping("/api/market/v1/fx/{pair}")
@Tag(name = "market")
class FxController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final MarketSeries series;

    FxController(MarketReader reader) {
        this.series = new MarketSeries(reader, InstrumentKind.FX);
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of an exchange rate between two exchange-local dates (inclusive), oldest first")
    @ApiResponse(responseCode = "200", description = "the bars, possibly none in the range")
    @ApiResponse(
            responseCode = "400",
            description = "a date that is not a date, or a start after the end",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    @ApiResponse(
            responseCode = "404",
            description = "no market data at all for this exchange rate",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    List<DailyPrice> daily(
            @PathVariable("pair") String pair,
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
        return series.daily(pair, start, end);
    }

    @GetMapping("/latest")
    @Operation(
            summary =
                    "The latest rate of an exchange rate: units of the quote currency per one unit of the base, at the close of the newest trading date")
    @ApiResponse(responseCode = "200", description = "the latest rate, in the field price")
    @ApiResponse(
            responseCode = "404",
            description = "no latest rate for this exchange rate",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    CurrentPrice latest(@PathVariable("pair") String pair) {
        return series.latest(pair);
    }
}
