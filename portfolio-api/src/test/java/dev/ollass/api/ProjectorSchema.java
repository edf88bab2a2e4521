package dev.ollass.api;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The chart projector's market schema for the API's tests, created by the projector's own migrations, read from
 * its module, as its Flyway creates it in production: the two modules cannot drift, and a new migration reaches
 * every test that reads the market.
 */
public final class ProjectorSchema {

    private static final String MIGRATIONS = "filesystem:../chart-projector/src/main/resources/db/migration/market";

    private ProjectorSchema() {}

    /** {@code schema} on the shared local stack, emptied and migrated to the projector's newest version. */
    public static DataSource fresh(String schema) {
        LocalStack stack = LocalStackExtension.stack();
        var dataSource = new DriverManagerDataSource(stack.jdbcUrl(schema), stack.jdbcUser(), stack.jdbcPassword());
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        return dataSource;
    }

    /**
     * What the projector's sinks do after each batch they write (its {@code MarketVersion}): the API's kept answers
     * computed from the rows before are no longer served.
     */
    public static void bumpVersion(JdbcClient market) {
        market.sql("UPDATE market_version SET version = version + 1 WHERE id = 1")
                .update();
    }
}
