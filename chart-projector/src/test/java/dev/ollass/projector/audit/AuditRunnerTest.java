package dev.ollass.projector.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.ProjectorSettings;
import dev.ollass.projector.sink.MarketTables;
import dev.ollass.projector.sink.MarketTables.SymbolProgress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The audit as production runs it: settings bound from the projector's own
 * {@code application.properties}, holidays from {@code OLLASS_MARKET_HOLIDAYS}, the symbols'
 * progress from the market tables (a mock here), gaps sent to Kafka (a mock too).
 */
@SpringBootTest(classes = {AuditRunner.class, AuditRunnerTest.MarketClock.class})
@TestPropertySource(properties = {"OLLASS_AUDIT_SYMBOLS=AAPL", "OLLASS_MARKET_HOLIDAYS=America/New_York=2021-04-02"})
class AuditRunnerTest {

    // Monday 9:00 in Seoul, Sunday evening in New York: Friday 2021-04-02 (Good Friday) would be due.
    private static final ZonedDateTime MONDAY_MORNING_IN_SEOUL =
            ZonedDateTime.parse("2021-04-05T09:00:00+09:00[Asia/Seoul]");

    @MockitoBean
    MarketTables tables;

    @MockitoBean
    KafkaTemplate<String, PriceDataMissing> gaps;

    @Autowired
    AuditRunner runner;

    @Test
    void doesNotReportAConfiguredHolidayAsAGap() {
        given(tables.progressOf(List.of("AAPL")))
                .willReturn(Map.of("AAPL", new SymbolProgress("AAPL", LocalDate.of(2021, 4, 1), "America/New_York")));

        assertThat(runner.run()).isEmpty();
        then(gaps).should(never()).send(anyString(), anyString(), any());
    }

    @Test
    void stillReportsTheTradingDayBeforeTheHolidayWhenItIsMissing() {
        given(tables.progressOf(List.of("AAPL")))
                .willReturn(Map.of("AAPL", new SymbolProgress("AAPL", LocalDate.of(2021, 3, 31), "America/New_York")));
        given(gaps.send(anyString(), anyString(), any())).willReturn(CompletableFuture.completedFuture(null));

        assertThat(runner.run())
                .singleElement()
                .satisfies(gap -> assertThat(gap.expectedDate()).isEqualTo(LocalDate.of(2021, 4, 1)));
        then(gaps).should().send(eq(Topics.DATA_GAPS.name()), eq("AAPL|2021-04-01"), any());
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ProjectorSettings.class)
    static class MarketClock {

        @Bean
        Clock marketClock() {
            return Clock.fixed(MONDAY_MORNING_IN_SEOUL.toInstant(), MONDAY_MORNING_IN_SEOUL.getZone());
        }
    }
}
