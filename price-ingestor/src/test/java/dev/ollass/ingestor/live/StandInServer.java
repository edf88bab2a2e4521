package dev.ollass.ingestor.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A local stand-in for Yahoo's and Naver's hosts (the JDK's own HTTP server, on a free loopback port):
 * it answers each path with the answers a test scripted for it, in order, the last one again and again
 * (a recorded response, a 429, a 500, a slow answer, a body cut short, another layout), and keeps every
 * request it was sent. The live clients are never pointed at the real hosts.
 */
public final class StandInServer implements AutoCloseable {

    static final String AAPL_CHART = "yahoo/chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json";

    /** The stand-in's cookie page (Yahoo's {@code fc.yahoo.com}), its crumb page and its quote API. */
    static final String COOKIE_PATH = "/fc";

    static final String CRUMB_PATH = "/v1/test/getcrumb";
    static final String QUOTE_PATH = "/v7/finance/quote";
    static final String INVALID_CRUMB =
            "{\"finance\":{\"result\":null,\"error\":{\"code\":\"Unauthorized\",\"description\":\"Invalid Crumb\"}}}";
    private static final String SESSION_COOKIE = "A3=stand-in-session";

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private volatile String crumb;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StandInServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    /**
     * Plays Yahoo's session for the quote API, as real Yahoo does: the cookie page sets a session
     * cookie; {@code getcrumb} answers {@code crumb} only to a request carrying it (else 401); a quote
     * request without the cookie and that crumb is answered 401 {@code Invalid Crumb}, one with both
     * gets the answers scripted for {@link #QUOTE_PATH}. Called again, the old crumb is refused from
     * then on, as when Yahoo's session expires.
     */
    public StandInServer yahooSession(String crumb) {
        this.crumb = crumb;
        return this;
    }

    /** Yahoo's session ended: the crumb and cookie pages answer 404, as any path without answers. */
    public StandInServer noYahooSession() {
        this.crumb = null;
        return this;
    }

    public String cookieUrl() {
        return baseUrl() + COOKIE_PATH;
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    /** Answers requests for {@code path} (without its query) with {@code answers}, then the last one forever. */
    public StandInServer on(String path, Reply... answers) {
        replies.put(path, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    /** Answers Yahoo's chart of {@code symbol} with {@code answers}. */
    public StandInServer onChart(String symbol, Reply... answers) {
        return on("/v8/finance/chart/" + symbol, answers);
    }

    /** How many times Yahoo's chart of {@code symbol} was asked for. */
    public int chartRequests(String symbol) {
        return received("/v8/finance/chart/" + symbol).size();
    }

    /** A recorded chart: AAPL from 2020-08-31 to 2020-11-06, with a dividend and a split. */
    public static Reply chart() {
        return Reply.ok(fixture(AAPL_CHART), "application/json");
    }

    public static Reply tooManyRequests() {
        return Reply.status(429, "Too Many Requests");
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        received.add(new Received(
                uri,
                exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("Accept-Encoding")));
        Reply reply = yahooSession(exchange);
        if (reply == null) {
            Deque<Reply> scripted = replies.get(uri.getPath());
            synchronized (this) {
                reply = scripted == null
                        ? Reply.status(404, "no such path")
                        : scripted.size() > 1 ? scripted.poll() : scripted.peek();
            }
        }
        try (exchange) {
            reply.send(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // A client that gave up on a slow answer closed the connection.
        }
    }

    /** The session's answer to a request, when it has one; null to answer as scripted. */
    private Reply yahooSession(HttpExchange exchange) {
        String current = crumb;
        if (current == null) {
            return null;
        }
        String path = exchange.getRequestURI().getPath();
        String cookies = String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
        boolean hasCookie = cookies.contains(SESSION_COOKIE);
        return switch (path) {
            case COOKIE_PATH -> Reply.status(404, "not here, but have a cookie").cookie(SESSION_COOKIE + "; Path=/");
            case CRUMB_PATH ->
                hasCookie ? Reply.status(200, current) : Reply.status(401, INVALID_CRUMB.replace("Crumb", "Cookie"));
            case QUOTE_PATH -> {
                String query = exchange.getRequestURI().getQuery();
                boolean hasCrumb = query != null && List.of(query.split("&")).contains("crumb=" + current);
                yield hasCookie && hasCrumb ? null : Reply.status(401, INVALID_CRUMB);
            }
            default -> null;
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as the stand-in received it. */
    record Received(URI uri, String userAgent, String acceptEncoding) {}

    /** The paths asked for by clients whose User-Agent is {@code userAgent}, in order. */
    public List<String> askedBy(String userAgent) {
        return received.stream()
                .filter(r -> userAgent.equals(r.userAgent()))
                .map(r -> r.uri().getPath())
                .toList();
    }

    /** The paths asked for, in order. */
    List<String> paths() {
        return received.stream().map(r -> r.uri().getPath()).toList();
    }

    /** One scripted answer. */
    public record Reply(
            int status, byte[] body, String contentType, boolean gzip, Duration delay, int cutAfter, String setCookie) {

        public static Reply ok(byte[] body, String contentType) {
            return new Reply(200, body, contentType, true, Duration.ZERO, -1, null);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body.getBytes(), "text/plain", false, Duration.ZERO, -1, null);
        }

        /** The answer, after {@code delay}. */
        public Reply after(Duration delay) {
            return new Reply(status, body, contentType, gzip, delay, cutAfter, setCookie);
        }

        /** The answer's headers promise the whole body, and the connection closes after {@code bytes} of it. */
        public Reply cutAfter(int bytes) {
            return new Reply(status, body, contentType, false, delay, bytes, setCookie);
        }

        /** The answer, setting {@code cookie} ({@code Set-Cookie}). */
        public Reply cookie(String cookie) {
            return new Reply(status, body, contentType, gzip, delay, cutAfter, cookie);
        }

        void send(HttpExchange exchange) throws IOException, InterruptedException {
            Thread.sleep(delay);
            byte[] bytes = gzip ? gzip(body) : body;
            exchange.getResponseHeaders().add("Content-Type", contentType);
            if (setCookie != null) {
                exchange.getResponseHeaders().add("Set-Cookie", setCookie);
            }
            if (gzip) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            OutputStream out = exchange.getResponseBody();
            if (cutAfter >= 0) {
                out.write(bytes, 0, cutAfter);
                out.flush();
                // Closed short of the length it announced, the server drops the connection: the body ends early.
                return;
            }
            out.write(bytes);
        }

        private static byte[] gzip(byte[] body) throws IOException {
            var zipped = new ByteArrayOutputStream();
            try (var out = new GZIPOutputStream(zipped)) {
                out.write(body);
            }
            return zipped.toByteArray();
        }
    }

    static byte[] fixture(String path) {
        try (InputStream in = StandInServer.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
