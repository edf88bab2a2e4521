package dev.ollass.api.chart.people;

import dev.ollass.api.cache.AnswerWithMissing;
import dev.ollass.api.chart.market.PortfolioShares;
import dev.ollass.api.chart.market.PublicChartCache;
import dev.ollass.api.chart.market.PublicChartSettings;
import dev.ollass.api.chart.people.calc.SharedPortfolio;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Trade;
import dev.ollass.api.holding.Valuation;
import dev.ollass.api.holding.history.MarketHistoryReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/chart/v1/people-portfolio}: what the original's mock meant, on the consenting users' real data. */
@RestController
@RequestMapping(path = "/api/chart/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "chart")
class PeoplePortfolioController {

    /** How many consenting users are looked at per shown one: some hold nothing (yet). */
    static final int CANDIDATES_PER_PLACE = 4;

    private final Sharers sharers;
    private final MarketHistoryReader histories;
    private final PublicChartCache cache;
    private final PublicChartSettings settings;
    private final JsonMapper json;

    PeoplePortfolioController(
            Sharers sharers,
            MarketHistoryReader histories,
            PublicChartCache cache,
            PublicChartSettings settings,
            JsonMapper json) {
        this.sharers = sharers;
        this.histories = histories;
        this.cache = cache;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/people-portfolio")
    @Operation(
            summary = "Portfolios users chose to share, as percentages only",
            description = "Up to 8 users who consented with PUT /api/event/v1/portfolio {\"sharing\": true} and have"
                    + " a nickname and something held, most recently consented first: name = the nickname, data ="
                    + " [{name: stock code, percent_ratio}], each stock's share of the current KRW value of their"
                    + " holdings (as GET /assetstock computes them, sells included), largest first, 2 decimals."
                    + " Nothing else about them is shown: no amount, quantity, price, date, id or e-mail."
                    + " Withdrawing consent ({\"sharing\": false}) removes the user from the next answer. A stock"
                    + " held without any price is left out and named in the Ollass-Missing-Data header (USDKRW"
                    + " when no dollar rate is known). The original answered random mock data.")
    @ApiResponse(
            responseCode = "200",
            description = "the shared portfolios",
            headers =
                    @Header(
                            name = PublicChartCache.MISSING_DATA_HEADER,
                            description = "Comma-separated codes the chart lacked data for"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = PortfolioShares.class))))
    ResponseEntity<byte[]> peoplePortfolio() {
        String version = sharers.version() + ":" + cache.marketVersion();
        return cache.serve("people-portfolio", version, this::compute);
    }

    private AnswerWithMissing compute() {
        int limit = settings.peopleLimit();
        LocalDate asOf = cache.today();
        List<PortfolioShares> chart = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        for (Sharers.Sharer sharer : sharers.mostRecentlyConsented(limit * CANDIDATES_PER_PLACE)) {
            if (chart.size() == limit) {
                break;
            }
            List<Trade> trades = sharers.trades(sharer.userId());
            MarketHistory market = histories.load(trades, List.of(), asOf);
            SharedPortfolio shared = SharedPortfolio.of(
                    sharer.nickname(),
                    Valuation.of(trades, List.of(), market, asOf).holdings(),
                    market.latestUsdKrw().isPresent());
            // A sharer left out for want of prices still names what is missing: it is why they are not shown.
            missing.addAll(shared.missing());
            if (!shared.isEmpty()) {
                chart.add(PortfolioShares.of(shared.nickname(), shared.shares()));
            }
        }
        return new AnswerWithMissing(json.writeValueAsBytes(chart), List.copyOf(missing));
    }
}
