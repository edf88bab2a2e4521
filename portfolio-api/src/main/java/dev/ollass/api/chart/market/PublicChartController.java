package dev.ollass.api.chart.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.cache.AnswerWithMissing;
import dev.ollass.api.chart.market.calc.IndexBoard;
import dev.ollass.api.chart.market.calc.RichCharts;
import dev.ollass.api.chart.market.calc.RichCharts.Investor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public market charts of the original ({@code indice}, {@code tip}, {@code rich-portfolio}, {@code
 * rich-pick}): no token, the original's paths and shapes, each computed once per market change and served
 * pre-serialized ({@link PublicChartCache}).
 */
@RestController
@RequestMapping(path = "/api/chart/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "chart")
class PublicChartController {

    static final String TIP = "자신이 사랑하는 일을 찾아 투자하세요.";

    private static final String MISSING_DESCRIPTION = "Comma-separated codes the chart lacked data for";

    private final PublicChartCache cache;
    private final MarketSnapshot market;
    private final RichPortfolios rich;
    private final PublicChartSettings settings;
    private final JsonMapper json;
    private final byte[] tip;

    PublicChartController(
            PublicChartCache cache,
            MarketSnapshot market,
            RichPortfolios rich,
            PublicChartSettings settings,
            JsonMapper json) {
        this.cache = cache;
        this.market = market;
        this.rich = rich;
        this.settings = settings;
        this.json = json;
        this.tip = json.writeValueAsBytes(TIP);
    }

    /** One index as shown; {@code as_of} and {@code stale} are added to the original's four keys. */
    record IndexEntry(
            String name,
            @JsonProperty("name_kr") String nameKr,
            @JsonProperty("current_value") BigDecimal currentValue,
            @JsonProperty("change_percent") BigDecimal changePercent,
            @JsonProperty("as_of") LocalDate asOf,
            boolean stale) {}

    /** One of {@code rich-pick}'s stocks. */
    record RichPick(String name, BigDecimal price, BigDecimal rate) {}

    @GetMapping("/indice")
    @Operation(
            summary = "The latest level of each market index, with its change against the previous close",
            description = "The original's indices with a Korean label, in its order (KS11, KQ11, DJI, IXIC, GSPC, ...):"
                    + " name (the code), name_kr, current_value (the close of the newest trading date),"
                    + " change_percent (against the close of the trading date before, 2 decimals; 0 without one)."
                    + " Added: as_of, the trading date of the level, and stale, true when it is more than 5 days"
                    + " before the market's today. An index without any level is left out and named in the"
                    + " Ollass-Missing-Data header.")
    @ApiResponse(
            responseCode = "200",
            description = "the indices that have a level",
            headers = @Header(name = PublicChartCache.MISSING_DATA_HEADER, description = MISSING_DESCRIPTION),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = IndexEntry.class))))
    ResponseEntity<byte[]> indice() {
        return cache.serve("indice", cache.marketVersion(), () -> {
            IndexBoard.Board board = IndexBoard.of(
                    market.indexLevels(IndexBoard.LABELS.stream()
                            .map(IndexBoard.Label::code)
                            .toList()),
                    cache.today());
            List<IndexEntry> entries = board.rows().stream()
                    .map(row -> new IndexEntry(
                            row.name(), row.nameKr(), row.currentValue(), row.changePercent(), row.asOf(), row.stale()))
                    .toList();
            return new AnswerWithMissing(json.writeValueAsBytes(entries), board.missing());
        });
    }

    @GetMapping("/tip")
    @Operation(summary = "The original's constant investing tip, a bare JSON string")
    @ApiResponse(
            responseCode = "200",
            description = "the tip",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = String.class, example = "\"" + TIP + "\"")))
    ResponseEntity<byte[]> tip() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(tip);
    }

    @GetMapping("/rich-portfolio")
    @Operation(
            summary = "Famous investors' portfolios: each stock's share of their current value",
            description = "The seven investors of the original (warren-buffett, bill-ackman, ray-dalio, george-soros,"
                    + " david-tepper, john-paulson, nelson-peltz), from their reported holdings (data of the API, not"
                    + " users), in that order: name = slug, data = [{name: ticker, percent_ratio}], largest first,"
                    + " percent of the current KRW value (latest price × shares × the dollar rate; all are US stocks,"
                    + " so the rate cancels out), 2 decimals. A ticker without a latest price is left out of the"
                    + " shares and named in the Ollass-Missing-Data header; an investor with no priced ticker is"
                    + " left out (the original divided by zero).")
    @ApiResponse(
            responseCode = "200",
            description = "the investors with at least one priced stock",
            headers = @Header(name = PublicChartCache.MISSING_DATA_HEADER, description = MISSING_DESCRIPTION),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = PortfolioShares.class))))
    ResponseEntity<byte[]> richPortfolio() {
        return cache.serve("rich-portfolio", cache.marketVersion(), () -> {
            List<Investor> investors = rich.investors();
            RichCharts.Result<RichCharts.InvestorShares> result =
                    RichCharts.portfolios(investors, richMarket(investors, List.of()));
            List<PortfolioShares> chart = result.chart().stream()
                    .map(investor -> PortfolioShares.of(investor.slug(), investor.shares()))
                    .toList();
            return new AnswerWithMissing(json.writeValueAsBytes(chart), result.missing());
        });
    }

    @GetMapping("/rich-pick")
    @Operation(
            summary = "The ten stocks with the largest share of all famous investors' value together",
            description = "name = the stock's Korean name (its code when the universe has none), price = latest"
                    + " price × the latest dollar rate (KRW, 2 decimals), rate = latest price against the close of"
                    + " the date the holdings count as bought (OLLASS_RICH_BOUGHT_ON, default 2017-01-03, the"
                    + " recorded history's first US trading day, in place of the original's 2024-08-16), or of"
                    + " the first trading day after it, in percent (2 decimals). A stock without a bar since"
                    + " that date gets rate 0 and a stock without a latest price is left out; both are named in"
                    + " the Ollass-Missing-Data header, as USDKRW is when no dollar rate is known (then the"
                    + " original's 1400 KRW per USD is assumed). Never a 500: the original failed when a top stock"
                    + " had no bar on the buy date or the total was 0.")
    @ApiResponse(
            responseCode = "200",
            description = "up to ten stocks, largest share first",
            headers = @Header(name = PublicChartCache.MISSING_DATA_HEADER, description = MISSING_DESCRIPTION),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = RichPick.class))))
    ResponseEntity<byte[]> richPick() {
        return cache.serve("rich-pick", cache.marketVersion() + ":" + settings.richBoughtOn(), () -> {
            List<Investor> investors = rich.investors();
            TreeSet<String> codes = codes(investors);
            RichCharts.Result<RichCharts.Pick> result = RichCharts.picks(investors, richMarket(investors, codes));
            List<RichPick> chart = result.chart().stream()
                    .map(pick -> new RichPick(pick.name(), pick.priceKrw(), pick.rate()))
                    .toList();
            return new AnswerWithMissing(json.writeValueAsBytes(chart), result.missing());
        });
    }

    /** The latest prices of every investor's tickers; closes of the buy date and names of {@code picked}. */
    private RichCharts.Market richMarket(List<Investor> investors, Collection<String> picked) {
        var prices = market.latestStockPrices(codes(investors));
        List<String> priced = picked.stream().filter(prices::containsKey).toList();
        return new RichCharts.Market(
                prices,
                market.closesOnOrAfter(priced, settings.richBoughtOn()),
                market.koreanNames(priced),
                market.usdKrw().orElse(null));
    }

    private static TreeSet<String> codes(List<Investor> investors) {
        TreeSet<String> codes = new TreeSet<>();
        investors.forEach(investor -> codes.addAll(investor.holdings().keySet()));
        return codes;
    }
}
