package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackSettingsTest {

    private static final Path DATA = Path.of("data");

    @Test
    void launcherDefaultsAreTheDocumentedPorts() {
        var settings = LocalStackSettings.fromEnvironment(DATA, Map.<String, String>of()::get);

        assertThat(settings.ports())
                .containsExactly(
                        new NamedPort("Kafka", 19092),
                        new NamedPort("Kafka controller", 19093),
                        new NamedPort("MariaDB", 13306),
                        new NamedPort("Redis", 16379),
                        new NamedPort("SMTP", 13025),
                        new NamedPort("Inbox", 18025));
        assertThat(settings.dataDir()).isEqualTo(DATA.toAbsolutePath());
    }

    @Test
    void environmentOverridesEachPort() {
        var environment = Map.of("OLLASS_KAFKA_PORT", "29092", "OLLASS_INBOX_PORT", " 28025 ");

        var settings = LocalStackSettings.fromEnvironment(DATA, environment::get);

        assertThat(settings.kafkaPort()).isEqualTo(29092);
        assertThat(settings.inboxPort()).isEqualTo(28025);
        assertThat(settings.mariaDbPort()).isEqualTo(13306);
    }

    @Test
    void unreadablePortNamesItsVariable() {
        var environment = Map.of("OLLASS_REDIS_PORT", "six");

        assertThatThrownBy(() -> LocalStackSettings.fromEnvironment(DATA, environment::get))
                .hasMessageContaining("OLLASS_REDIS_PORT");
    }

    @Test
    void oneServerPerPort() {
        assertThatThrownBy(() -> new LocalStackSettings(DATA, 1000, 1001, 1002, 1000, 1004, 1005))
                .hasMessageContaining("Redis port 1000");
    }

    @Test
    void freePortsAreDistinct() {
        var ports = LocalStackSettings.withFreePorts(DATA).ports().stream()
                .map(NamedPort::port)
                .distinct();

        assertThat(ports).hasSize(6);
    }
}
