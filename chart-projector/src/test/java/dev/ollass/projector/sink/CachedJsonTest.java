package dev.ollass.projector.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the projector caches in Redis, written by Boot's mapper as the application configures it. */
class CachedJsonTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));

    @Test
    void writesPricesAsPlainDecimalsDigitForDigit() {
        application.run(context -> {
            JsonMapper json = context.getBean(JsonMapper.class);

            String noisy = new String(
                    json.writeValueAsBytes(latest(new BigDecimal("118.69000244140625"))), StandardCharsets.UTF_8);
            String scaled =
                    new String(json.writeValueAsBytes(latest(new BigDecimal("5.85E+4"))), StandardCharsets.UTF_8);

            assertThat(noisy).contains("\"price\":118.69000244140625");
            assertThat(scaled).contains("\"price\":58500").doesNotContain("E+");
        });
    }

    private static LatestPrice latest(BigDecimal price) {
        return new LatestPrice(
                "005930",
                price,
                "KRW",
                LocalDate.of(2021, 4, 16),
                "Asia/Seoul",
                "test",
                Instant.parse("2021-04-16T08:00:00Z"),
                InstrumentKind.STOCK);
    }
}
