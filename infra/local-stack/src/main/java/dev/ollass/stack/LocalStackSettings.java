package dev.ollass.stack;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the stack keeps its data and which localhost ports its servers listen on.
 *
 * @param dataDir the directory holding every server's data; reusing it keeps the data across restarts
 * @param kafkaPort the Kafka broker's client port
 * @param kafkaControllerPort the Kafka KRaft controller's port
 * @param mariaDbPort the MariaDB (MySQL protocol) port
 * @param redisPort the Redis port
 * @param smtpPort the SMTP port
 * @param inboxPort the HTTP port of the page listing received e-mails
 */
public record LocalStackSettings(
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mariaDbPort,
        int redisPort,
        int smtpPort,
        int inboxPort) {

    public LocalStackSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        var seen = new HashSet<Integer>();
        for (var namedPort : namedPorts(kafkaPort, kafkaControllerPort, mariaDbPort, redisPort, smtpPort, inboxPort)) {
            if (namedPort.port() < 1 || namedPort.port() > 65_535) {
                throw new IllegalArgumentException(namedPort.name() + " port must be 1-65535: " + namedPort.port());
            }
            if (!seen.add(namedPort.port())) {
                throw new IllegalArgumentException(
                        namedPort.name() + " port " + namedPort.port() + " is already given to another server");
            }
        }
    }

    /**
     * The fixed ports a launcher uses, each overridable by an environment variable: {@code OLLASS_KAFKA_PORT}
     * (19092), {@code OLLASS_KAFKA_CONTROLLER_PORT} (19093), {@code OLLASS_MARIADB_PORT} (13306), {@code
     * OLLASS_REDIS_PORT} (16379), {@code OLLASS_SMTP_PORT} (13025), {@code OLLASS_INBOX_PORT} (18025).
     */
    public static LocalStackSettings fromEnvironment(Path dataDir) {
        return fromEnvironment(dataDir, System::getenv);
    }

    static LocalStackSettings fromEnvironment(Path dataDir, Function<String, @Nullable String> environment) {
        return new LocalStackSettings(
                dataDir,
                Ports.fromEnvironment(environment, "OLLASS_KAFKA_PORT", 19092),
                Ports.fromEnvironment(environment, "OLLASS_KAFKA_CONTROLLER_PORT", 19093),
                Ports.fromEnvironment(environment, "OLLASS_MARIADB_PORT", 13306),
                Ports.fromEnvironment(environment, "OLLASS_REDIS_PORT", 16379),
                Ports.fromEnvironment(environment, "OLLASS_SMTP_PORT", 13025),
                Ports.fromEnvironment(environment, "OLLASS_INBOX_PORT", 18025));
    }

    /** Ports the operating system reports free right now, so parallel test JVMs do not collide. */
    public static LocalStackSettings withFreePorts(Path dataDir) {
        var ports = Ports.freePorts(6);
        return new LocalStackSettings(
                dataDir, ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5));
    }

    public List<NamedPort> ports() {
        return namedPorts(kafkaPort, kafkaControllerPort, mariaDbPort, redisPort, smtpPort, inboxPort);
    }

    private static List<NamedPort> namedPorts(
            int kafkaPort, int kafkaControllerPort, int mariaDbPort, int redisPort, int smtpPort, int inboxPort) {
        return List.of(
                new NamedPort("Kafka", kafkaPort),
                new NamedPort("Kafka controller", kafkaControllerPort),
                new NamedPort("MariaDB", mariaDbPort),
                new NamedPort("Redis", redisPort),
                new NamedPort("SMTP", smtpPort),
                new NamedPort("Inbox", inboxPort));
    }
}
