package dev.ollass.projector.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The version the API keys its kept answers by, on the real database after the projector's own migrations. */
@UsesLocalStack
class MarketVersionOnTheLocalStackTest {

    private static MarketVersion version;

    @BeforeAll
    static void migrateTheMarketSchema() {
        LocalStack stack = LocalStackExtension.stack();
        var dataSource = new DriverManagerDataSource(
                stack.jdbcUrl("market_version_test"), stack.jdbcUser(), stack.jdbcPassword());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/market")
                .load()
                .migrate();
        version = new MarketVersion(JdbcClient.create(dataSource));
    }

    @Test
    void eachBumpIsANewerVersionAtLeastTheWallClockInMicroseconds() {
        long startedAt = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        version.bump();
        long first = version.current();
        version.bump();
        long second = version.current();

        // Not a count from 0: a table created afresh never repeats a version an older database had.
        assertThat(first).isGreaterThanOrEqualTo(startedAt - 5_000_000);
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void aWriteIsFollowedByABumpAlsoWhenItFailedPartWay() {
        long before = version.current();
        version.afterWriting(() -> {});
        long afterWrite = version.current();
        assertThat(afterWrite).isGreaterThan(before);

        // The rows before a bad record were written: answers computed before them must not be served either.
        IllegalStateException failure = new IllegalStateException("record 3 is too long");
        assertThatThrownBy(() -> version.afterWriting(() -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(version.current()).isGreaterThan(afterWrite);
    }
}
