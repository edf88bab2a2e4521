package dev.ollass.ingestor.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever bytes it is given, in whichever charset they claim or are declared in, the daily price
 * parser throws nothing, takes no longer than a few seconds, and every price and volume it gives is
 * the number of a table cell of the input. Seeded with the recorded page in both encodings (the build
 * copies them into this class's inputs directory); fuzzed by the {@code fuzz} profile.
 */
class NaverDailyPriceParserFuzzTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T12:00:00Z");

    private final NaverDailyPriceParser parser = new NaverDailyPriceParser();

    @FuzzTest(maxDuration = "15s")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void givesOnlyPricesThatAreInTheInput(byte[] input) throws IOException {
        NaverParseResult detected = parser.parse(input, null, "005930", OBSERVED);
        NaverParseResult utf8 = parser.parse(input, StandardCharsets.UTF_8, "005930", OBSERVED);

        assertOnlyCellNumbers(detected, cellNumbers(input, null));
        assertOnlyCellNumbers(utf8, cellNumbers(input, StandardCharsets.UTF_8.name()));
    }

    private static void assertOnlyCellNumbers(NaverParseResult result, Set<BigDecimal> cells) {
        assertThat(result.currentPrices()).isEmpty();
        for (PriceTick tick : result.ticks()) {
            for (BigDecimal price : new BigDecimal[] {tick.open(), tick.high(), tick.low(), tick.close()}) {
                assertThat(cells).contains(price);
                assertThat(price).isPositive();
            }
            assertThat(cells).contains(BigDecimal.valueOf(tick.volume()));
        }
        assertThat(result.rejections())
                .allSatisfy(r -> assertThat(r.reasonCode()).isNotBlank());
    }

    /** The numbers written in the input's table cells, as a reader of the page sees them. */
    private static Set<BigDecimal> cellNumbers(byte[] input, String charset) throws IOException {
        Set<BigDecimal> numbers = new HashSet<>();
        for (Element cell : Jsoup.parse(new ByteArrayInputStream(input), charset, "https://finance.naver.com/")
                .select("td")) {
            String digits = cell.text().replace(",", "").strip();
            if (digits.matches("\\d{1,18}")) {
                numbers.add(new BigDecimal(digits));
            }
        }
        return numbers;
    }
}
