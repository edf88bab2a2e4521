package dev.ollass.ingestor.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever it is given, the polling parser (read as an item answer and as an index answer) throws
 * nothing, takes no longer than a few seconds, and every price it gives is a number of the input
 * (an index level one hundredth of one). Seeded with the recorded polling answers (the build copies
 * them into this class's inputs directory); fuzzed by the {@code fuzz} profile.
 */
class NaverPollingParserFuzzTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final NaverPollingParser parser = new NaverPollingParser();

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void givesOnlyPricesThatAreInTheInput(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        Set<BigDecimal> numbers = numbersIn(body);

        for (NaverParseResult result :
                new NaverParseResult[] {parser.parseItems(body, OBSERVED), parser.parseIndices(body, OBSERVED)}) {
            assertThat(result.ticks()).isEmpty();
            for (CurrentPrice price : result.currentPrices()) {
                BigDecimal asSent =
                        price.kind() == InstrumentKind.INDEX ? price.price().movePointRight(2) : price.price();
                assertThat(numbers).contains(asSent.stripTrailingZeros());
                assertThat(price.price()).isPositive();
            }
            assertThat(result.rejections())
                    .allSatisfy(r -> assertThat(r.reasonCode()).isNotBlank());
        }
    }

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
        } else if (node.isContainer()) {
            node.valueStream().forEach(child -> collect(child, numbers));
        }
    }
}
