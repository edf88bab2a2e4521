package dev.ollass.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.io.file.PathUtils;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./ollass run}: starts the local stack and the four services, replays the recorded market
 * data, prints where everything is, and on Ctrl-C stops all it started.
 *
 * <p>Options: {@code --wipe} deletes the data directory first; {@code --data-dir=<path>} uses
 * another one. Processes an earlier run left behind are reported (and with {@code --kill-leftovers}
 * stopped) by {@code ./ollass run} itself, before it builds the jars they may still be running.
 */
public final class OllassLauncher {

    private OllassLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        boolean wipe = false;
        @Nullable Path dataDir = null;
        for (String arg : args) {
            if (arg.equals("--wipe")) {
                wipe = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                System.err.println("Unknown option " + arg + ". Options: --wipe, --data-dir=<path>");
                System.exit(2);
            }
        }
        LauncherSettings settings;
        try {
            settings = LauncherSettings.fromEnvironment(dataDir);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (wipe) {
            deleteRecursively(settings.dataDir());
            System.out.println("Wiped " + settings.dataDir());
        }
        System.out.println("Starting Ollass (data in " + settings.dataDir() + ") ...");
        OllassSystem system;
        try {
            system = OllassSystem.start(settings);
        } catch (RuntimeException e) {
            System.err.println("Ollass did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping Ollass ...");
                            system.close();
                            System.out.println("Stopped.");
                            stopped.countDown();
                        },
                        "ollass-shutdown"));
        runDemo(settings);
        printWelcome(system);
        stopped.await();
    }

    /**
     * Runs the completeness audit once, now that the recorded history is served (the start waited
     * for it). The recorded history is complete on every audited day, so it finds nothing and no
     * e-mail is sent; a gap made or found later is e-mailed once (README, "Missing-data e-mails").
     */
    private static void runDemo(LauncherSettings settings) {
        try {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + settings.projectorPort() + "/audit"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            System.err.println("Demo step failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printWelcome(OllassSystem system) {
        LauncherSettings s = system.settings();
        var stack = system.stack();
        LocalSignIn signIn = LocalSignIn.forDataDir(s.dataDir());
        String api = "http://localhost:" + s.apiPort();
        System.out.println("""

                Ollass is running. Ctrl-C stops everything.

                  API          %1$s                 (liveness: %1$s/health)
                  Swagger UI   %1$s/swagger-ui.html   (Authorize with an access_token from a sign-in)
                  Demo login   %14$s / %15$s
                  Mail inbox   %2$s   (JSON: %2$sapi/messages)
                  Metrics      %1$s/actuator/prometheus   (ingestor :%3$d, projector :%4$d, notifier :%5$d, same path)
                  Servers      Kafka %6$s · MariaDB localhost:%7$d (root, no password) · Redis %8$s:%9$d · SMTP %10$s:%11$d
                  Data, logs   %12$s   (./ollass run --wipe starts from scratch)
                  Market date  %13$s (the recorded history ends there)

                Try:
                  curl '%1$s/api/market/v1/stocks/AAPL/daily?start=2021-04-12'
                  curl %1$s/api/market/v1/stocks/005930/latest
                  curl -X POST %1$s/api/auth/v1/local/login -H 'Content-Type: application/json' \\
                       -d '{"email":"%14$s","password":"%15$s"}'
                  curl -X POST localhost:%4$d/audit      # completeness audit: a new gap -> one e-mail in the inbox after the digest window (1 min)
                  curl -X POST localhost:%5$d/dead-letters/redrive      # re-send the alerts dead-lettered while the mail server was down
                """.formatted(
                        api,
                        stack.inboxUrl(),
                        s.ingestorPort(),
                        s.projectorPort(),
                        s.notifierPort(),
                        stack.kafkaBootstrapServers(),
                        s.stack().mariaDbPort(),
                        stack.redisHost(),
                        stack.redisPort(),
                        stack.smtpHost(),
                        stack.smtpPort(),
                        s.dataDir(),
                        s.marketClock(),
                        signIn.demoEmail(),
                        signIn.demoPassword()));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe " + dir, e);
        }
    }
}
