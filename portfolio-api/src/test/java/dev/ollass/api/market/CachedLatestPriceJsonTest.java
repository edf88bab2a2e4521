package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.LatestPrice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The API reads the projector's cached latest prices with Boot's mapper, as the application configures it. */
class CachedLatestPriceJsonTest {

    // As the projector writes it, plus a field a later projector may add.
    private static final String CACHED = """
            {"currency":"USD","exchangeTimeZone":"America/New_York","observedAt":"2020-11-07T02:00:00Z",\
            "price":118.69000244140625,"source":"yahoo-chart-v8","symbol":"AAPL","tradingDate":"2020-11-06",\
            "addedLater":"ignored"}""";

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));

    @Test
    void readsThePriceDigitForDigitAndIgnoresFieldsItDoesNotKnow() {
        application.run(context -> {
            LatestPrice latest = context.getBean(JsonMapper.class).readValue(CACHED, LatestPrice.class);

            assertThat(latest.price()).isEqualTo(new BigDecimal("118.69000244140625"));
            assertThat(latest.symbol()).isEqualTo("AAPL");
        });
    }

    @Test
    void writesPricesAsPlainDecimals() {
        application.run(
                context -> assertThat(context.getBean(JsonMapper.class).writeValueAsString(new BigDecimal("5.85E+4")))
                        .isEqualTo("58500"));
    }
}
