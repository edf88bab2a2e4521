package dev.ollass.api.market;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

    private final MarketReader reader;

    MarketController(MarketReader reader) {
        this.reader = reader;
    }

    @GetMapping("/daily")
    @Operation(summary = "Daily bars of a stock between two exchange-local dates (inclusive), oldest first")
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
    CurrentPrice latest(@PathVariable String code) {
        return reader.latestPrice(code).orElseThrow(() -> new MarketDataNotFound(code));
    }
}
