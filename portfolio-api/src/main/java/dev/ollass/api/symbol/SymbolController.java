package dev.ollass.api.symbol;

import dev.ollass.api.openapi.ProblemSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The symbol universe: the original's list of selectable stocks, unchanged, and an added search
 * over every country's list. Both public, like the original's {@code /stocks}.
 */
@RestController
@Tag(name = "symbols", description = "The stocks users can record")
class SymbolController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final StockReader reader;

    SymbolController(StockReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/asset/v1/stocks")
    @Operation(
            summary = "Every Korean and US stock users can record (the original's list: no paging)",
            description = "Stocks whose country is exactly Korea or USA, Korea first, each by code.")
    @ApiResponse(responseCode = "200", description = "the stocks")
    List<StockChoice> stocks() {
        return reader.koreanAndUsStocks();
    }

    @GetMapping("/api/market/v1/symbols")
    @Operation(
            summary = "Search the symbol universe by code, Korean or English name",
            description = "Every country's listed stocks. Matches contain the query in the code, the Korean or the"
                    + " English name, ignoring case; an exact code comes first, then codes starting with the"
                    + " query, then the rest, each by code.")
    @ApiResponse(responseCode = "200", description = "one page of matches, possibly empty")
    @ApiResponse(
            responseCode = "400",
            description = "a page below 1, a size outside 1..100, a query over 100 characters, an unknown country,"
                    + " or a page or size that is not a number",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    SymbolPage symbols(
            @Parameter(description = "text the code or a name contains, any case (default: every symbol)")
                    @RequestParam(required = false)
                    @Nullable
                    String query,
            @Parameter(description = "country label as listed, any case: Korea, USA, Japan, UK, HongKong, ...")
                    @RequestParam(required = false)
                    @Nullable
                    String country,
            @Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "page size, 1 to " + SymbolSearch.MAX_SIZE)
                    @RequestParam(defaultValue = "" + SymbolSearch.DEFAULT_SIZE)
                    int size) {
        SymbolSearch search = SymbolSearch.of(query, country, page, size);
        if (search.country() != null
                && reader.countries().stream().noneMatch(known -> known.equalsIgnoreCase(search.country()))) {
            throw new InvalidSymbolQuery(
                    "country",
                    "No symbols are listed for country " + search.country() + "; known: " + reader.countries() + ".");
        }
        return reader.search(search);
    }
}
