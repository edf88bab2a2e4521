package dev.ollass.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (broker and controller in one) running inside this JVM on fixed ports. Public for
 * {@code ./ollass bench}, which measures a broker of its own without the rest of the {@link LocalStack}.
 */
public final class KafkaBroker implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private boolean stopped;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker keeping its log under {@code dataDir/kafka}; it creates no topics. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        var logDir = dataDir.resolve("kafka");
        var properties = properties(logDir, port, controllerPort);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            // Formatted once; later starts reuse the log dir as it is, so a restart keeps its records.
            format(properties, dataDir.resolve("kafka-server.properties"));
        }
        var server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // Startup leaves threads and sockets of the half-started broker behind unless it is shut down.
            try {
                stop(server);
            } catch (RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
        return new KafkaBroker(server, "localhost:" + port);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            stop(server);
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties properties(Path logDir, int port, int controllerPort) {
        var properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        properties.setProperty(
                "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("log.dirs", logDir.toString());
        // One broker: the internal topics cannot have more replicas than that.
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Created on first use (first consumer group, transaction, share group): 50 partitions each, the default,
        // would take seconds on two cores.
        properties.setProperty("offsets.topic.num.partitions", "10");
        properties.setProperty("transaction.state.log.num.partitions", "5");
        properties.setProperty("share.coordinator.state.topic.num.partitions", "5");
        // As in production: topics come from the registry, with their partitions and cleanup policy; a typo in a
        // topic name must not quietly create an uncompacted one.
        properties.setProperty("auto.create.topics.enable", "false");
        // Consumers join at once instead of waiting 3 s for more group members that never come.
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // Projections are compacted topics; the default 128 MiB dedupe buffer is more heap than a dev stack needs.
        properties.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return properties;
    }

    /** kafka-storage format, as a new single-node cluster whose one controller is also its only voter. */
    private static void format(Properties properties, Path propertiesFile) {
        try {
            Files.createDirectories(propertiesFile.getParent());
            try (Writer writer = Files.newBufferedWriter(propertiesFile, StandardCharsets.UTF_8)) {
                properties.store(writer, "Written by the Ollass local stack for kafka-storage format");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + propertiesFile, e);
        }
        var output = new ByteArrayOutputStream();
        int exitCode;
        try (var out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(
                    new String[] {
                        "format", "-t", Uuid.randomUuid().toString(), "-c", propertiesFile.toString(), "--standalone"
                    },
                    out);
        }
        var report = output.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException("kafka-storage format failed (exit code " + exitCode + "): " + report);
        }
        log.debug("kafka-storage format: {}", report);
    }
}
