package dev.ollass.launcher;

import dev.ollass.stack.LocalStackSettings;
import dev.ollass.stack.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the launcher starts and where.
 *
 * @param repoRoot the checkout, where each service's runnable jar is built ({@code <module>/target/<module>-exec.jar})
 * @param dataDir everything the run keeps: server data, Streams state, logs, PID files
 * @param stack the local servers' ports
 * @param apiPort the portfolio API (8000, the original's port)
 * @param ingestorPort the price ingestor's HTTP port (actuator and operator endpoints)
 * @param projectorPort the chart projector's HTTP port
 * @param notifierPort the alert notifier's HTTP port
 * @param marketClock the market's "now" for the offline demo: its recorded history ends 2021-04-16
 */
public record LauncherSettings(
        Path repoRoot,
        Path dataDir,
        LocalStackSettings stack,
        int apiPort,
        int ingestorPort,
        int projectorPort,
        int notifierPort,
        OffsetDateTime marketClock) {

    static final String DEFAULT_MARKET_CLOCK = "2021-04-16T23:00:00+09:00";

    /** Defaults overridable by {@code OLLASS_*} environment variables (see the README). */
    static LauncherSettings fromEnvironment(@Nullable Path dataDirOverride) {
        Function<String, @Nullable String> env = System::getenv;
        Path repoRoot = findRepoRoot(Path.of(valueOr(env, "OLLASS_HOME", ".")));
        Path dataDir = dataDirOverride != null
                ? dataDirOverride
                : Path.of(valueOr(
                        env, "OLLASS_DATA_DIR", repoRoot.resolve(".local-data").toString()));
        dataDir = dataDir.toAbsolutePath().normalize();
        return new LauncherSettings(
                repoRoot,
                dataDir,
                LocalStackSettings.fromEnvironment(dataDir.resolve("servers")),
                Ports.fromEnvironment(env, "OLLASS_API_PORT", 8000),
                Ports.fromEnvironment(env, "OLLASS_INGESTOR_PORT", 8081),
                Ports.fromEnvironment(env, "OLLASS_PROJECTOR_PORT", 8082),
                Ports.fromEnvironment(env, "OLLASS_NOTIFIER_PORT", 8083),
                OffsetDateTime.parse(valueOr(env, "OLLASS_MARKET_CLOCK", DEFAULT_MARKET_CLOCK)));
    }

    /** The checkout holding {@code dir}: the nearest folder up from it with the service modules. */
    static Path findRepoRoot(Path dir) {
        Path candidate = dir.toAbsolutePath().normalize();
        while (candidate != null) {
            if (Files.isRegularFile(candidate.resolve("portfolio-api/pom.xml"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Run the launcher from the Ollass checkout (or set OLLASS_HOME to it): no "
                + "portfolio-api/pom.xml in " + dir.toAbsolutePath() + " or above.");
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path pidDir() {
        return dataDir.resolve("pids");
    }

    private static String valueOr(Function<String, @Nullable String> env, String name, String fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
