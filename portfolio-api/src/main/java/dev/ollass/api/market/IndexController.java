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
 * The daily bars and the latest level of an index (KS11, KQ11, GSPC, IXIC, DJI: the codes of the original's list, without Yahoo's caret), in the same shapes as a stock's;
 * public, like the stock endpoints.
 */
@RestController
@RequestMapping("/api/market/v1/indices/{code}")
@Tag(name = "market")
class IndexController {

    private final MarketSeries series;

    IndexController(MarketReader reader) {
        this.series = new MarketSeries(reader, InstrumentKind.INDEX);
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of an index between two exchange-local dates (inclusive), oldest first")
    @MarketDocs.DailySeries
    List<DailyPrice> daily(
            @PathVariable("code") String code,
            @RequestParam(required = false) @MarketDocs.TradingDate @Nullable LocalDate start,
            @RequestParam(required = false) @MarketDocs.TradingDate @Nullable LocalDate end) {
        return series.daily(code, start, end);
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest level of an index: the close of its newest trading date")
    @ApiResponse(responseCode = "200", description = "the latest level, in the field price")
    @MarketDocs.UnknownCode
    CurrentPrice latest(@PathVariable("code") String code) {
        return series.latest(code);
    }
}
