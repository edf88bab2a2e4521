package dev.ollass.ingestor.live;

import dev.ollass.ingestor.IngestorSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The one HTTP client of the live sources: the JDK's, which speaks HTTP/2 where the server offers it
 * (ALPN) and HTTP/1.1 elsewhere, with one cookie jar for every request (Yahoo sets its consent and
 * session cookies once), a browser's User-Agent, a connect timeout and a timeout per answer. The JDK
 * client does not decode gzip itself: it asks for gzip and inflates it here with {@code java.util.zip}
 * (a few lines, no further dependency); a body cut short fails to inflate, and is a broken answer.
 */
public final class LiveHttp {

    private final HttpClient client;
    private final IngestorSettings.Live settings;

    public LiveHttp(IngestorSettings.Live settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.connectTimeout())
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
    }

    /** The answer to a GET of {@code uri}, whatever its status; an exception when none came in time, or whole. */
    public Answer get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        String encoding =
                response.headers().firstValue("Content-Encoding").orElse("").trim();
        if ("gzip".equalsIgnoreCase(encoding)) {
            body = gunzip(body);
        }
        return new Answer(
                uri,
                response.statusCode(),
                body,
                charsetOf(response.headers().firstValue("Content-Type").orElse(null)),
                response.version());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    /** The charset a {@code Content-Type} declares, or null when it declares none (or one the JDK lacks). */
    static @Nullable Charset charsetOf(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Charset.forName(pair[1].trim().replace("\"", ""));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** What a source answered, its body already inflated. */
    public record Answer(
            URI uri, int status, byte[] body, @Nullable Charset charset, HttpClient.Version version) {

        boolean isServerError() {
            return status >= 500;
        }

        boolean isTooManyRequests() {
            return status == 429;
        }
    }
}
