package dev.ollass.stack;

import dev.ollass.contracts.topic.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, MariaDB, Redis and an SMTP server with a readable inbox, all real servers started without Docker.
 *
 * <p>Kafka runs inside this JVM; MariaDB and Redis are child processes. Everything listens on 127.0.0.1 only. All data
 * lives under {@link LocalStackSettings#dataDir()}: starting again on the same directory keeps topics, tables and
 * keys.
 *
 * <p>{@link ContainerStack} gives the same servers from Docker images instead (Kafka, MySQL 8.4, Redis 7), with the
 * SMTP server and inbox still in this JVM: tests see no difference but the addresses.
 *
 * <p>Close it when done, e.g. from a shutdown hook, so that every server shuts down cleanly. A JVM killed without its
 * shutdown hooks takes MariaDB and Redis with it all the same (see {@link ChildProcess}); Kafka then recovers its log
 * on the next start.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final String HOST = "localhost";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final Endpoints endpoints;
    private final Path dataDir;
    private final StartedServers servers;
    private final MailServer mail;
    private final List<ChildProcess> childProcesses;
    private final @Nullable LocalStackSettings settings;
    private final Map<Server, RunningServer> restartable = new EnumMap<>(Server.class);

    /** The servers a test may stop and start again, to see what its code does while one is away. */
    public enum Server {
        KAFKA,
        MARIADB,
        REDIS
    }

    LocalStack(
            Endpoints endpoints,
            Path dataDir,
            StartedServers servers,
            MailServer mail,
            List<ChildProcess> childProcesses) {
        this(endpoints, dataDir, servers, mail, childProcesses, null, Map.of());
    }

    private LocalStack(
            Endpoints endpoints,
            Path dataDir,
            StartedServers servers,
            MailServer mail,
            List<ChildProcess> childProcesses,
            @Nullable LocalStackSettings settings,
            Map<Server, RunningServer> restartable) {
        this.endpoints = endpoints;
        this.dataDir = dataDir;
        this.servers = servers;
        this.mail = mail;
        this.childProcesses = List.copyOf(childProcesses);
        this.settings = settings;
        this.restartable.putAll(restartable);
    }

    /**
     * Starts every server and creates the topics of {@link Topics#ALL} that do not exist yet. MariaDB, the slowest,
     * starts on its own thread meanwhile.
     *
     * @throws IllegalStateException when a port is taken or a server fails; whatever had started is stopped again
     */
    public static LocalStack start(LocalStackSettings settings) {
        long startedAt = System.nanoTime();
        Ports.requireFree(settings.ports());
        var servers = new StartedServers();
        var mariaDbStart = CompletableFuture.supplyAsync(
                () -> MariaDbServer.start(settings.dataDir().resolve("mariadb"), settings.mariaDbPort()),
                Thread.ofVirtual().name("local-stack-MariaDB")::start);
        try {
            var kafka = servers.start(
                    "Kafka",
                    settings.kafkaPort(),
                    () -> KafkaBroker.start(settings.dataDir(), settings.kafkaPort(), settings.kafkaControllerPort()));
            log.info("Kafka started: {}", kafka.bootstrapServers());
            var redis = servers.start(
                    "Redis",
                    settings.redisPort(),
                    () -> RedisServerProcess.start(settings.dataDir(), settings.redisPort()));
            log.info(
                    "Redis started: {}:{} (pid {})",
                    HOST,
                    settings.redisPort(),
                    redis.process().pid());
            var mail = servers.start(
                    "SMTP", settings.smtpPort(), () -> MailServer.start(settings.dataDir(), settings.smtpPort()));
            log.info("SMTP started: {}:{}", HOST, settings.smtpPort());
            servers.start(
                    "Inbox",
                    settings.inboxPort(),
                    () -> InboxHttpServer.start(settings.inboxPort(), mail::receivedMails));
            log.info("Inbox started: {}", inboxUrl(settings.inboxPort()));
            createTopics(kafka);
            var mariaDb = servers.start("MariaDB", settings.mariaDbPort(), () -> awaitStart(mariaDbStart));
            log.info(
                    "MariaDB started: {}:{} (pid {})",
                    HOST,
                    settings.mariaDbPort(),
                    mariaDb.process().pid());
            log.info(
                    "Local stack started in {} ms, data in {}",
                    (System.nanoTime() - startedAt) / 1_000_000,
                    settings.dataDir());
            var endpoints = new Endpoints(
                    kafka.bootstrapServers(),
                    new Endpoints.Database(HOST, settings.mariaDbPort(), "root", ""),
                    HOST,
                    settings.redisPort(),
                    settings.smtpPort(),
                    settings.inboxPort());
            return new LocalStack(
                    endpoints,
                    settings.dataDir(),
                    servers,
                    mail,
                    List.of(mariaDb.process(), redis.process()),
                    settings,
                    Map.of(Server.KAFKA, kafka, Server.MARIADB, mariaDb, Server.REDIS, redis));
        } catch (RuntimeException | Error e) {
            // MariaDB may still be starting: wait for it, so it can be stopped instead of left running.
            var startedMariaDb =
                    mariaDbStart.handle((server, failure) -> server).join();
            if (startedMariaDb != null) {
                servers.add(startedMariaDb);
            }
            servers.closeAll(settings.dataDir());
            throw e;
        }
    }

    /** For {@code spring.kafka.bootstrap-servers}, e.g. {@code localhost:19092}. */
    public String kafkaBootstrapServers() {
        return endpoints.kafkaBootstrapServers();
    }

    /**
     * A MySQL-protocol URL for {@code com.mysql:mysql-connector-j}; the schema is created on first connect.
     *
     * @param schema letters, digits and underscores, e.g. {@code market}
     */
    public String jdbcUrl(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema names are letters, digits and underscores: '" + schema + "'");
        }
        return "jdbc:mysql://" + endpoints.database().host() + ":"
                + endpoints.database().port() + "/" + schema
                + "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useSSL=false"
                + "&allowPublicKeyRetrieval=true";
    }

    /**
     * A user that may create schemas: MariaDB runs without grant tables, where any user works and {@code root} is the
     * conventional one; MySQL in a container has a real {@code root} with a password.
     */
    public String jdbcUser() {
        return endpoints.database().user();
    }

    public String jdbcPassword() {
        return endpoints.database().password();
    }

    public String redisHost() {
        return endpoints.redisHost();
    }

    public int redisPort() {
        return endpoints.redisPort();
    }

    public String smtpHost() {
        return HOST;
    }

    public int smtpPort() {
        return endpoints.smtpPort();
    }

    /** The page listing received e-mails, e.g. {@code http://localhost:18025/}; JSON at {@code api/messages}. */
    public String inboxUrl() {
        return inboxUrl(endpoints.inboxPort());
    }

    /** Every e-mail received since the start, oldest first. */
    public List<ReceivedMail> receivedMails() {
        return mail.receivedMails();
    }

    /**
     * Spring Boot properties pointing a service at this stack. The datasource URL is left out: each service picks
     * its own schema through {@link #jdbcUrl(String)}.
     */
    public Map<String, String> serviceProperties() {
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.datasource.username", jdbcUser());
        properties.put("spring.datasource.password", jdbcPassword());
        properties.put("spring.data.redis.host", redisHost());
        properties.put("spring.data.redis.port", Integer.toString(redisPort()));
        properties.put("spring.mail.host", smtpHost());
        properties.put("spring.mail.port", Integer.toString(smtpPort()));
        return Collections.unmodifiableMap(properties);
    }

    /** The native servers running as child processes of this JVM, e.g. for PID files; none for containers. */
    public synchronized List<ChildProcess> childProcesses() {
        if (settings == null) {
            return childProcesses;
        }
        // Those running now: a server started again is a new process.
        var running = new ArrayList<ChildProcess>();
        if (restartable.get(Server.MARIADB) instanceof MariaDbServer mariaDb) {
            running.add(mariaDb.process());
        }
        if (restartable.get(Server.REDIS) instanceof RedisServerProcess redis) {
            running.add(redis.process());
        }
        return List.copyOf(running);
    }

    /**
     * Stops one server, as an outage would: clients see refused connections until {@link #startAgain(Server)}. Its
     * data stays on disk. Stopping a stopped server does nothing.
     *
     * @throws UnsupportedOperationException for servers in containers
     */
    public synchronized void stop(Server server) {
        requireRestartable(server);
        var running = restartable.remove(server);
        if (running != null) {
            running.close();
            servers.remove(running);
            log.info("{} stopped", server);
        }
    }

    /**
     * Starts a server stopped by {@link #stop(Server)} again on the same port and data, and returns once it accepts
     * connections (Kafka: once it serves its topics again). Starting a running server does nothing.
     *
     * @throws UnsupportedOperationException for servers in containers
     */
    public synchronized void startAgain(Server server) {
        var current = requireRestartable(server);
        if (restartable.containsKey(server)) {
            return;
        }
        RunningServer started = switch (server) {
            case KAFKA ->
                servers.start(
                        "Kafka",
                        current.kafkaPort(),
                        () -> KafkaBroker.start(current.dataDir(), current.kafkaPort(), current.kafkaControllerPort()));
            case MARIADB ->
                servers.start(
                        "MariaDB",
                        current.mariaDbPort(),
                        () -> MariaDbServer.start(current.dataDir().resolve("mariadb"), current.mariaDbPort()));
            case REDIS ->
                servers.start(
                        "Redis",
                        current.redisPort(),
                        () -> RedisServerProcess.start(current.dataDir(), current.redisPort()));
        };
        restartable.put(server, started);
        if (server == Server.KAFKA) {
            // Creating what exists already asks the broker for its topics: it answers once it serves them again.
            createTopics(kafkaBootstrapServers());
        }
        log.info("{} started again", server);
    }

    /** Whether {@code server} runs, i.e. was not stopped through {@link #stop(Server)} (or was started again). */
    public synchronized boolean isRunning(Server server) {
        return restartable.containsKey(server);
    }

    private LocalStackSettings requireRestartable(Server server) {
        if (settings == null) {
            throw new UnsupportedOperationException(
                    server + " runs in a container: only the local stack stops and" + " starts single servers");
        }
        return settings;
    }

    /** Stops every server, child processes included; calling it again does nothing. */
    @Override
    public void close() {
        servers.closeAll(dataDir);
    }

    private static <S> S awaitStart(CompletableFuture<S> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private static void createTopics(KafkaBroker kafka) {
        createTopics(kafka.bootstrapServers());
    }

    static void createTopics(String bootstrapServers) {
        try {
            KafkaTopics.createMissing(bootstrapServers, Topics.ALL);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Could not create the Kafka topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    static String inboxUrl(int inboxPort) {
        return "http://" + HOST + ":" + inboxPort + "/";
    }
}
