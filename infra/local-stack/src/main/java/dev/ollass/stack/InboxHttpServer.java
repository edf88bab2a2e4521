package dev.ollass.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The received e-mails over HTTP on localhost: {@code /} is a page for people (newest first), {@code /api/messages}
 * is a JSON array for scripts, in arrival order.
 */
final class InboxHttpServer implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(InboxHttpServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private boolean stopped;

    private InboxHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static InboxHttpServer start(int port, Supplier<List<ReceivedMail>> mails) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            var executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            server.createContext("/", exchange -> respond(exchange, mails));
            server.start();
            return new InboxHttpServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("Inbox did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private static void respond(HttpExchange exchange, Supplier<List<ReceivedMail>> mails) throws IOException {
        try (exchange) {
            var method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                send(exchange, 405, "text/plain", "Only GET is supported");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/" -> send(exchange, 200, "text/html", InboxPage.render(mails.get()));
                case "/api/messages" -> send(exchange, 200, "application/json", toJson(mails.get()));
                default -> send(exchange, 404, "text/plain", "Not found: try / or /api/messages");
            }
        } catch (RuntimeException e) {
            log.warn("Inbox request {} failed", exchange.getRequestURI(), e);
            throw e;
        }
    }

    private static String toJson(List<ReceivedMail> mails) {
        return JsonMapper.shared().writeValueAsString(mails);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
