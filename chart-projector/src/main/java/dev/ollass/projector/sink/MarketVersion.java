package dev.ollass.projector.sink;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code market_version} row the API keys its kept answers by (charts, the asset table). Every sink bumps it
 * after a batch it wrote, outside the batch's statements, so that when the API reads a new version the rows
 * behind it are already committed: an answer computed from older rows can only be kept under an older version.
 * Public so that the sinks and the replay of other packages bump the same row.
 */
@Repository
public class MarketVersion {

    // At least one more, and at least the wall clock in microseconds: a version never repeats, even after the
    // table was created afresh (a new database under a Redis that still holds answers of the old one).
    private static final String BUMP = """
            UPDATE market_version
            SET version = GREATEST(version + 1, CAST(UNIX_TIMESTAMP(NOW(6)) * 1000000 AS UNSIGNED))
            WHERE id = 1
            """;

    private final JdbcClient jdbc;

    MarketVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code write}, then bumps the version, also when {@code write} failed part way (a batch whose rows
     * before a bad record were written): a failure of the write is rethrown with the bump's as suppressed.
     */
    public void afterWriting(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException failure) {
            try {
                bump();
            } catch (RuntimeException bumpFailure) {
                failure.addSuppressed(bumpFailure);
            }
            throw failure;
        }
        bump();
    }

    public void bump() {
        jdbc.sql(BUMP).update();
    }

    /** The current version, as the API reads it. */
    public long current() {
        return jdbc.sql("SELECT version FROM market_version WHERE id = 1")
                .query(Long.class)
                .single();
    }
}
