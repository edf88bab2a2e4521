package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The containers' configuration, checked without Docker: the images are production's, Kafka runs KRaft without
 * auto-created topics as in production, and MySQL runs production's init scripts with every variable they read.
 */
class ContainerStackTest {

    private static final Path CHECKOUT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern SERVICE = Pattern.compile("^  ([a-z-]+):\\s*$");
    private static final Pattern IMAGE = Pattern.compile("^    image:\\s*(\\S+)\\s*$");

    @Test
    void theContainersAreProductionsImages() throws IOException {
        var images = composeImages();

        assertThat(images)
                .containsEntry("kafka", ContainerStack.KAFKA_IMAGE)
                .containsEntry("mysql", ContainerStack.MYSQL_IMAGE)
                .containsEntry("redis", ContainerStack.REDIS_IMAGE);
        assertThat(ContainerStack.MYSQL_IMAGE).isEqualTo("mysql:8.4");
        assertThat(ContainerStack.REDIS_IMAGE).startsWith("redis:7");
        assertThat(ContainerStack.KAFKA_IMAGE).startsWith("apache/kafka:");
    }

    @Test
    void kafkaIsOneKraftNodeThatCreatesNoTopicOnItsOwn() {
        try (var kafka = ContainerStack.kafka()) {
            assertThat(kafka.getEnvMap())
                    .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1");
        }
    }

    @Test
    void mysqlRunsProductionsInitScriptsWithEveryPasswordTheyRead() throws IOException {
        var scripts = ContainerStack.mysqlInitScripts();
        assertThat(scripts).isEqualTo(CHECKOUT.resolve("docker/mysql-init"));

        try (var mysql = ContainerStack.mysql(scripts)) {
            assertThat(mysql.getCopyToFileContainerPathMap()).containsValue("/docker-entrypoint-initdb.d");
            try (var files = Files.list(scripts)) {
                var read = files.map(ContainerStackTest::read)
                        .flatMap(script -> Pattern.compile("\\$\\{(OLLASS_[A-Z_]+)")
                                .matcher(script)
                                .results()
                                .map(match -> match.group(1)))
                        .toList();
                assertThat(read).isNotEmpty();
                assertThat(mysql.getEnvMap()).containsKeys(read.toArray(String[]::new));
            }
        }
    }

    @Test
    void withoutProductionsInitScriptsMysqlDoesNotStart(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> ContainerStack.mysqlInitScripts(elsewhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("docker/mysql-init")
                .hasMessageContaining(elsewhere.toString());
    }

    /** Each service's image in docker-compose.yml, by the service's name. */
    private static Map<String, String> composeImages() throws IOException {
        var images = new LinkedHashMap<String, String>();
        String service = null;
        for (var line : Files.readAllLines(CHECKOUT.resolve("docker-compose.yml"))) {
            var serviceLine = SERVICE.matcher(line);
            var imageLine = IMAGE.matcher(line);
            if (serviceLine.matches()) {
                service = serviceLine.group(1);
            } else if (imageLine.matches() && service != null) {
                images.put(service, imageLine.group(1));
            }
        }
        return images;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
