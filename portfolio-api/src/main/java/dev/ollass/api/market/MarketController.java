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
 * Market data for one stock code, as the projections hold it. Added beside the original's routers
 * (it had no such endpoint), under the same {@code /api/<area>/v1} scheme; public, like the
 * original's {@code /stocks} list.
 */
@RestController
@RequestMapping("/api/market/v1/stocks/{code}")
@Tag(name = "market", description = "Daily prices, latest prices, dividends and splits per stock code")
class MarketController {

    private final MarketReader reader;
    private final MarketSeries stocks;

    MarketController(MarketReader reader) {
        this.reader = reader;
        this.stocks = new MarketSeries(reader, InstrumentKind.STOCK);
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of a stock between two exchange-local dates (inclusive), oldest first")
    @MarketDocs.DailySeries
    List<DailyPrice> daily(
            @PathVariable String code,
            @RequestParam(required = false) @MarketDocs.TradingDate @Nullable LocalDate start,
            @RequestParam(required = false) @MarketDocs.TradingDate @Nullable LocalDate end) {
        return stocks.daily(code, start, end);
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest price of a stock: the close of its newest trading date")
    @ApiResponse(responseCode = "200", description = "the latest price")
    @MarketDocs.UnknownCode
    CurrentPrice latest(@PathVariable String code) {
        return stocks.latest(code);
    }

    @GetMapping("/dividends")
    @Operation(summary = "The dividends of a stock, oldest ex-date first")
    @ApiResponse(responseCode = "200", description = "the dividends, possibly none")
    @MarketDocs.UnknownCode
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
    @MarketDocs.UnknownCode
    List<Split> splits(@PathVariable String code) {
        String stock = MarketCodes.normalize(code);
        List<Split> splits = reader.splits(stock);
        if (splits.isEmpty() && !reader.knowsStock(stock)) {
            throw new MarketDataNotFound(stock);
        }
        return splits;
    }
}
