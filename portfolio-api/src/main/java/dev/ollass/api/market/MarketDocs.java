package dev.ollass.api.market;

import dev.ollass.api.openapi.ProblemSchema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;

/**
 * What the market operations declare alike, written once as meta-annotations: springdoc and
 * Spring's formatting read them through the annotation they sit on. Each operation keeps its own
 * {@code @Operation} summary and its own success description.
 */
final class MarketDocs {

    private MarketDocs() {}

    /**
     * A daily series (a stock's, an index's, an exchange rate's) between two optional dates: the
     * bars, a problem for a date that is not one or a range that is backwards, a problem for a
     * code without any market data.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @ApiResponse(responseCode = "200", description = "the bars, possibly none in the range")
    @ApiResponse(
            responseCode = "400",
            description = "a date that is not a date, or a start after the end",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(ref = ProblemSchema.REF)))
    @UnknownCode
    @interface DailySeries {}

    /** An operation on one code, which answers a problem when the code has no market data. */
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @ApiResponse(
            responseCode = "404",
            description = "no market data for this code",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(ref = ProblemSchema.REF)))
    @interface UnknownCode {}

    /** A bound of a date range: an ISO exchange-local trading date, inclusive; absent for no bound. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Parameter(description = "a trading date, ISO, inclusive (default: no bound)")
    @interface TradingDate {}
}
