package dev.ollass.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The production servers of {@code docker-compose.yml}, from the same Docker images, through Testcontainers: Kafka in
 * KRaft mode (the official {@code apache/kafka} image), MySQL 8.4 with the schemas and users that {@code
 * docker/mysql-init} creates in production, and Redis 7. SMTP and the inbox stay in this JVM (GreenMail): production's
 * mail catcher is no server the services' code depends on.
 *
 * <p>The result is a {@link LocalStack} like any other: tests see other addresses and a real {@code root} password,
 * nothing else. Needs a Docker engine: ask {@link #dockerAvailable()} first. The containers are removed when the stack
 * is closed, and by Testcontainers' reaper when the JVM dies.
 */
public final class ContainerStack {

    /** The images of {@code docker-compose.yml}; a test keeps the two in step. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

    public static final String MYSQL_IMAGE = "mysql:8.4";
    public static final String REDIS_IMAGE = "redis:7-alpine";

    /** Test-only passwords: of MySQL's {@code root}, and of the service users {@code docker/mysql-init} creates. */
    static final String ROOT_PASSWORD = "ollass-root-test";

    static final String PROJECTOR_PASSWORD = "ollass-projector-test";
    static final String API_PASSWORD = "ollass-api-test";

    private static final Logger log = LoggerFactory.getLogger(ContainerStack.class);
    private static final int REDIS_PORT = 6379;

    private ContainerStack() {}

    /**
     * Whether Testcontainers finds a Docker engine it can use (its own check, as {@code disabledWithoutDocker} makes
     * it), asked only where the machine shows a sign of one ({@link DockerTraces}).
     */
    public static boolean dockerAvailable() {
        return DockerTraces.anyHere() && DockerClientFactory.instance().isDockerAvailable();
    }

    /**
     * Starts the three containers in parallel, creates the topics of {@code Topics.ALL} like {@link LocalStack} does,
     * and SMTP with its inbox on free local ports.
     *
     * @param dataDir where the received e-mails are kept
     * @throws IllegalStateException when a container does not start; whatever had started is stopped again
     */
    public static LocalStack start(Path dataDir) {
        long startedAt = System.nanoTime();
        var kafka = kafka();
        var mysql = mysql(mysqlInitScripts());
        var redis = redis();
        var servers = new StartedServers();
        try {
            List.of(kafka, mysql, redis).forEach(container -> servers.add(container::stop));
            awaitStart(kafka, mysql, redis);
            LocalStack.createTopics(kafka.getBootstrapServers());
            var ports = Ports.freePorts(2);
            int smtpPort = ports.get(0);
            int inboxPort = ports.get(1);
            var mail = servers.start("SMTP", smtpPort, () -> MailServer.start(dataDir, smtpPort));
            servers.start("Inbox", inboxPort, () -> InboxHttpServer.start(inboxPort, mail::receivedMails));
            var endpoints = new Endpoints(
                    kafka.getBootstrapServers(),
                    new Endpoints.Database(
                            mysql.getHost(), mysql.getMappedPort(MySQLContainer.MYSQL_PORT), "root", ROOT_PASSWORD),
                    redis.getHost(),
                    redis.getMappedPort(REDIS_PORT),
                    smtpPort,
                    inboxPort);
            log.info(
                    "Containers started in {} ms: Kafka {} ({}), MySQL {}:{} ({}), Redis {}:{} ({})",
                    (System.nanoTime() - startedAt) / 1_000_000,
                    endpoints.kafkaBootstrapServers(),
                    KAFKA_IMAGE,
                    endpoints.database().host(),
                    endpoints.database().port(),
                    MYSQL_IMAGE,
                    endpoints.redisHost(),
                    endpoints.redisPort(),
                    REDIS_IMAGE);
            return new LocalStack(endpoints, dataDir, servers, mail, List.of());
        } catch (RuntimeException | Error e) {
            servers.closeAll(dataDir);
            throw e;
        }
    }

    /**
     * KRaft, one node acting as broker and controller (Testcontainers' own settings, replication factor 1 for the
     * internal topics), topics created by the stack and the services only, as in {@code docker-compose.yml}.
     */
    static KafkaContainer kafka() {
        return new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
    }

    /**
     * MySQL 8.4 with its own defaults (utf8mb4, utf8mb4_0900_ai_ci, caching_sha2_password), running production's init
     * scripts; tests connect as {@code root}, which may create each test's own schema.
     */
    static MySQLContainer mysql(Path initScripts) {
        return new MySQLContainer(DockerImageName.parse(MYSQL_IMAGE))
                .withUsername("root")
                .withPassword(ROOT_PASSWORD)
                .withDatabaseName("market")
                .withEnv("OLLASS_PROJECTOR_DB_PASSWORD", PROJECTOR_PASSWORD)
                .withEnv("OLLASS_API_DB_PASSWORD", API_PASSWORD)
                .withCopyFileToContainer(MountableFile.forHostPath(initScripts), "/docker-entrypoint-initdb.d");
    }

    /** Redis 7 as {@code docker-compose.yml} runs it, with its append-only file. */
    static GenericContainer<?> redis() {
        return new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE))
                .withCommand("redis-server", "--appendonly", "yes")
                .withExposedPorts(REDIS_PORT)
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
    }

    /** {@code docker/mysql-init} of the checkout, found from the working directory (a module's) upwards. */
    static Path mysqlInitScripts() {
        return mysqlInitScripts(Path.of("").toAbsolutePath());
    }

    static Path mysqlInitScripts(Path from) {
        for (var dir = from; dir != null; dir = dir.getParent()) {
            var scripts = dir.resolve("docker").resolve("mysql-init");
            if (Files.isDirectory(scripts) && Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return scripts;
            }
        }
        throw new IllegalStateException("No docker/mysql-init beside a docker-compose.yml in " + from
                + " or above it: MySQL would lack production's schemas and users");
    }

    private static void awaitStart(GenericContainer<?>... containers) {
        try {
            Startables.deepStart(containers).join();
        } catch (CompletionException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The containers did not start: " + cause.getMessage(), cause);
        }
    }
}
