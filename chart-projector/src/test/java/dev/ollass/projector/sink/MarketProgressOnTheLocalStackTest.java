package dev.ollass.projector.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.projector.sink.MarketTables.SymbolProgress;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit's one query on the real database (its runner's test mocks the tables): how far each audited symbol's
 * projection has got, after the projector's own migrations.
 */
@UsesLocalStack
class MarketProgressOnTheLocalStackTest {

    private static MarketTables tables;

    @BeforeAll
    static void migrateTheMarketSchema() {
        LocalStack stack = LocalStackExtension.stack();
        var dataSource = new DriverManagerDataSource(
                stack.jdbcUrl("market_progress_test"), stack.jdbcUser(), stack.jdbcPassword());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/market")
                .table("flyway_history_market")
                .load()
                .migrate();
        tables = new MarketTables(new JdbcTemplate(dataSource), JdbcClient.create(dataSource));
    }

    @Test
    void eachAuditedSymbolIsAsFarAsItsMostAdvancedSeriesAndAnUnknownOneIsAbsent() {
        tables.upsertLatestPrices(List.of(
                latest("005930", LocalDate.of(2021, 4, 15), InstrumentKind.STOCK),
                latest("005930", LocalDate.of(2021, 4, 16), InstrumentKind.INDEX),
                latest("AAPL", LocalDate.of(2021, 4, 14), InstrumentKind.STOCK)));

        assertThat(tables.progressOf(List.of("005930", "AAPL", "NOPE")))
                .containsOnlyKeys("005930", "AAPL")
                .containsEntry("005930", new SymbolProgress("005930", LocalDate.of(2021, 4, 16), "Asia/Seoul"))
                .containsEntry("AAPL", new SymbolProgress("AAPL", LocalDate.of(2021, 4, 14), "Asia/Seoul"));
        assertThat(tables.progressOf(List.of())).isEmpty();
    }

    private static LatestPrice latest(String symbol, LocalDate tradingDate, InstrumentKind kind) {
        return new LatestPrice(
                symbol,
                new BigDecimal("58500"),
                "KRW",
                tradingDate,
                "Asia/Seoul",
                "test",
                Instant.parse("2021-04-16T08:00:00Z"),
                kind);
    }
}
