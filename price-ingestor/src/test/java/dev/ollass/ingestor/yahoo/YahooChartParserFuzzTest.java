package dev.ollass.ingestor.yahoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever it is given, the Yahoo parser returns ticks, actions and rejects: it throws nothing,
 * takes no longer than a few seconds, and every price it publishes is a number of the input. Seeded
 * with every recorded chart response (the build copies {@code src/test/resources/yahoo} into this
 * class's inputs directory). {@code verify} runs it on the seeds; the {@code fuzz} profile
 * ({@code -Dfuzz.maxDuration=15s}, set by {@code .ci/run}) fuzzes it for that long.
 */
class YahooChartParserFuzzTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final YahooChartParser parser = new YahooChartParser();

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void publishesOnlyPricesThatAreInTheInput(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);

        ChartParseResult result = parser.parse(body, OBSERVED);

        Set<BigDecimal> numbers = numbersIn(body);
        for (PriceTick tick : result.ticks()) {
            for (BigDecimal price :
                    new BigDecimal[] {tick.open(), tick.high(), tick.low(), tick.close(), tick.adjClose()}) {
                assertThat(numbers).contains(price.stripTrailingZeros());
            }
            // Contradicting or non-positive prices are published (the projector flags them); a missing one never is.
        }
        for (CorporateAction action : result.actions()) {
            if (action.amount() != null) {
                assertThat(numbers).contains(action.amount().stripTrailingZeros());
            }
            if (action.numerator() != null) {
                assertThat(action.numerator()).isPositive();
                assertThat(Objects.requireNonNull(action.denominator())).isPositive();
            }
        }
        assertThat(result.rejections())
                .allSatisfy(r -> assertThat(r.reasonCode()).isNotBlank());
    }

    /** Every number of the input, also inside a recording's {@code "body"} string. */
    private static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        try {
            collect(MAPPER.readTree(text), numbers);
        } catch (JacksonException | NumberFormatException e) {
            // Not JSON: no numbers, so the parser must not have found a price either.
        }
        return numbers;
    }

    private static void collect(JsonNode node, Set<BigDecimal> numbers) {
        if (node.isNumber()) {
            numbers.add(node.decimalValue().stripTrailingZeros());
        } else if (node.isString() && node.asString().startsWith("{")) {
            numbers.addAll(numbersIn(node.asString()));
        } else if (node.isContainer()) {
            node.valueStream().forEach(child -> collect(child, numbers));
        }
    }
}
