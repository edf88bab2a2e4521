package dev.ollass.api.market;

import dev.ollass.api.openapi.ProblemSchema;
import dev.ollass.contracts.market.InstrumentKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current price of a Korean stock and the current level of the KOSPI and KOSDAQ, as Naver's
 * polling answer last gave them: during a session, fresher than the latest close. Public, like the
 * other market endpoints.
 */
@RestController
@RequestMapping("/api/market/v1")
@Tag(name = "market")
class CurrentQuoteController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CurrentQuoteReader reader;

    CurrentQuoteController(CurrentQuoteReader reader) {
        this.reader = reader;
    }

    @GetMapping("/stocks/{code}/current")
    @Operation(summary = "The current price of a stock, as its source's current-price answer last gave it")
    @ApiResponse(responseCode = "200", description = "the current price, with the source's market status")
    @ApiResponse(
            responseCode = "404",
            description = "no current price for this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    CurrentQuote stock(@PathVariable("code") String code) {
        return current(InstrumentKind.STOCK, code);
    }

    @GetMapping("/indices/{code}/current")
    @Operation(summary = "The current level of an index (KS11, KQ11), as its source's answer last gave it")
    @ApiResponse(responseCode = "200", description = "the current level, in the field price")
    @ApiResponse(
            responseCode = "404",
            description = "no current level for this index",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    CurrentQuote index(@PathVariable("code") String code) {
        return current(InstrumentKind.INDEX, code);
    }

    private CurrentQuote current(InstrumentKind kind, String rawCode) {
        String code = MarketCodes.normalize(rawCode);
        return reader.current(kind, code).orElseThrow(() -> new MarketDataNotFound(code));
    }
}
