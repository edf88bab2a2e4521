package dev.ollass.launcher;

import dev.ollass.stack.ChildProcess;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.NamedPort;
import dev.ollass.stack.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on this machine: the local stack, then the four services, each in its own JVM
 * from its own runnable jar (so that no service sees another's classpath, as in production), each
 * waited for until its health is UP. Closing stops everything it started, services first.
 */
public final class OllassSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllassSystem.class);
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
    private static final Duration RECORDED_HISTORY_WITHIN = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LauncherSettings settings;
    private final PidFiles pidFiles;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalStack stack;

    private OllassSystem(LauncherSettings settings) {
        this.settings = settings;
        this.pidFiles = new PidFiles(settings.pidDir());
    }

    /** Starts everything, or stops whatever had started and throws. */
    public static OllassSystem start(LauncherSettings settings) {
        OllassSystem system = new OllassSystem(settings);
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startAll() {
        Ports.requireFree(servicePorts());
        // ./ollass run has checked them: any process they name has exited.
        pidFiles.clear();
        // So that the next start finds a run still going, and --kill-leftovers stops it the way Ctrl-C does.
        pidFiles.write("launcher", ProcessHandle.current().pid());
        stack = LocalStack.start(settings.stack());
        for (ChildProcess child : stack.childProcesses()) {
            pidFiles.write(child.name(), child.pid());
        }
        startService("chart-projector", settings.projectorPort(), projectorEnvironment());
        startService("portfolio-api", settings.apiPort(), apiEnvironment());
        startService("alert-notifier", settings.notifierPort(), commonEnvironment());
        startService("price-ingestor", settings.ingestorPort(), ingestorEnvironment());
        CompletableFuture.allOf(services.stream()
                        .map(service -> CompletableFuture.runAsync(() -> service.awaitHealthy(HEALTHY_WITHIN)))
                        .toArray(CompletableFuture[]::new))
                .join();
        awaitRecordedHistory();
    }

    /**
     * Waits until the API serves the recorded history the ingestor published at start: every
     * series's latest price on the last trading date of its file (up to the market date). The
     * ingestor reports healthy only once it has published it all; this waits for the projections.
     */
    private void awaitRecordedHistory() {
        List<RecordedHistory.ExpectedLatest> waiting = new ArrayList<>(RecordedHistory.expectedLatest(
                settings.repoRoot(), settings.marketClock().toLocalDate()));
        log.info("Waiting for the recorded history of {} series to reach the API", waiting.size());
        Instant started = Instant.now();
        Instant deadline = started.plus(RECORDED_HISTORY_WITHIN);
        while (!waiting.isEmpty()) {
            waiting.removeIf(this::isServed);
            if (waiting.isEmpty()) {
                log.info(
                        "The API serves the recorded history ({} ms after the services were healthy)",
                        Duration.between(started, Instant.now()).toMillis());
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The recorded history did not reach the API within "
                        + RECORDED_HISTORY_WITHIN.toMinutes() + " minutes; still waiting for " + waiting
                        + "; see the logs in " + settings.logDir());
            }
            try {
                Thread.sleep(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the recorded history", e);
            }
        }
    }

    private boolean isServed(RecordedHistory.ExpectedLatest expected) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + settings.apiPort() + expected.path()))
                .timeout(Duration.ofSeconds(3))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            // The API writes compact JSON; the date is the only field this looks at.
            return response.statusCode() == 200 && response.body().contains("\"date\":\"" + expected.date() + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the recorded history", e);
        }
    }

    /** Stops one service and starts it again on the same settings, waiting for its health: a restart. */
    void restart(String module) {
        ServiceProcess old = services.stream()
                .filter(service -> service.name().equals(module))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + module));
        old.stop();
        services.remove(old);
        int port = old.port();
        Map<String, String> environment = switch (module) {
            case "chart-projector" -> projectorEnvironment();
            case "portfolio-api" -> apiEnvironment();
            case "price-ingestor" -> ingestorEnvironment();
            default -> commonEnvironment();
        };
        startService(module, port, environment);
        services.getLast().awaitHealthy(HEALTHY_WITHIN);
    }

    private void startService(String module, int port, Map<String, String> environment) {
        var jar = settings.repoRoot().resolve(module).resolve("target").resolve(module + "-exec.jar");
        ServiceProcess service = ServiceProcess.start(module, jar, port, environment, settings.logDir());
        services.add(service);
        pidFiles.write(module, service.pid());
        log.info("Started {} (pid {}), log in {}", module, service.pid(), service.log());
    }

    private Map<String, String> commonEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("OLLASS_KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
        env.put("OLLASS_REDIS_HOST", stack.redisHost());
        env.put("OLLASS_REDIS_PORT", Integer.toString(stack.redisPort()));
        env.put("OLLASS_SMTP_HOST", stack.smtpHost());
        env.put("OLLASS_SMTP_PORT", Integer.toString(stack.smtpPort()));
        env.put("OLLASS_DB_USER", stack.jdbcUser());
        env.put("OLLASS_DB_PASSWORD", stack.jdbcPassword());
        env.put("OLLASS_API_PORT", Integer.toString(settings.apiPort()));
        env.put("OLLASS_INGESTOR_PORT", Integer.toString(settings.ingestorPort()));
        env.put("OLLASS_PROJECTOR_PORT", Integer.toString(settings.projectorPort()));
        env.put("OLLASS_NOTIFIER_PORT", Integer.toString(settings.notifierPort()));
        env.put("OLLASS_MARKET_CLOCK", settings.marketClock().toString());
        // Everything listens on loopback here: operator endpoints need no credential on this machine.
        env.put("OLLASS_OPERATOR_AUTH", "none");
        return env;
    }

    private Map<String, String> projectorEnvironment() {
        Map<String, String> env = commonEnvironment();
        env.put("OLLASS_MARKET_JDBC_URL", stack.jdbcUrl("market"));
        env.put(
                "OLLASS_STREAMS_STATE_DIR",
                settings.dataDir().resolve("streams").toString());
        // Locally the rates are low: show projections sooner than the default half second (which saves CPU at high
        // rates).
        env.put("OLLASS_STREAMS_COMMIT_INTERVAL", "200ms");
        return env;
    }

    private Map<String, String> apiEnvironment() {
        Map<String, String> env = commonEnvironment();
        env.put("OLLASS_MARKET_READ_JDBC_URL", stack.jdbcUrl("market"));
        env.put("OLLASS_PORTFOLIO_JDBC_URL", stack.jdbcUrl("portfolio"));
        // The local run only: every origin may call the API, and the demo account exists.
        env.put("OLLASS_LOCAL_RUN", "true");
        env.put("OLLASS_ALLOWED_ORIGINS", "*");
        LocalSignIn signIn = LocalSignIn.forDataDir(settings.dataDir());
        env.put("OLLASS_JWT_SECRET", signIn.jwtSecret());
        env.put("OLLASS_DEMO_EMAIL", signIn.demoEmail());
        env.put("OLLASS_DEMO_PASSWORD", signIn.demoPassword());
        return env;
    }

    private Map<String, String> ingestorEnvironment() {
        Map<String, String> env = commonEnvironment();
        env.put("OLLASS_IMPORT_RECORDED", "true");
        // The market has not reached rows after its date: the files run to 2023 and later.
        env.put("OLLASS_RECORDED_UNTIL", settings.marketClock().toLocalDate().toString());
        // Offline unless told otherwise: the live sources (Yahoo, Naver) only with OLLASS_LIVE_SOURCES=true.
        env.put("OLLASS_LIVE_SOURCES", System.getenv().getOrDefault("OLLASS_LIVE_SOURCES", "false"));
        return env;
    }

    List<NamedPort> servicePorts() {
        return List.of(
                new NamedPort("portfolio-api", settings.apiPort()),
                new NamedPort("price-ingestor", settings.ingestorPort()),
                new NamedPort("chart-projector", settings.projectorPort()),
                new NamedPort("alert-notifier", settings.notifierPort()));
    }

    public LocalStack stack() {
        return stack;
    }

    public LauncherSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        for (ServiceProcess service : services.reversed()) {
            service.stop();
        }
        services.clear();
        if (stack != null) {
            stack.close();
            stack = null;
        }
        pidFiles.clear();
    }
}
