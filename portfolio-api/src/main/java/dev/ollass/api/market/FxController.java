package dev.ollass.api.market;

import dev.ollass.contracts.market.InstrumentKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    private final MarketSeries series;

    FxController(MarketReader reader) {
        this.series = new MarketSeries(reader, InstrumentKind.FX);
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of an exchange rate between two exchange-local dates (inclusive), oldest first")
    @MarketDocs.DailySeries
    List<DailyPrice> daily(
            @PathVariable("pair") String pair,
            @RequestParam(required = false) @MarketDocs.TradingDate @Nullable LocalDate start,
            @RequestParam(required = false) @MarketDocs.TradingDate @Nullable LocalDate end) {
        return series.daily(pair, start, end);
    }

    @GetMapping("/latest")
    @Operation(
            summary =
                    "The latest rate of an exchange rate: units of the quote currency per one unit of the base, at the close of the newest trading date")
    @ApiResponse(responseCode = "200", description = "the latest rate, in the field price")
    @MarketDocs.UnknownCode
    CurrentPrice latest(@PathVariable("pair") String pair) {
        return series.latest(pair);
    }
}
