package dev.ollass.ingestor.live;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Yahoo's session for its quote API, as real Yahoo requires it: a first request to the cookie page
 * ({@code fc.yahoo.com}) sets the session cookie in the client's one cookie jar, then {@code
 * /v1/test/getcrumb} answers the crumb that every quote request carries ({@code &crumb=}). Both
 * requests go through Yahoo's {@link SourceGuard}, so they count against its rate limit and circuit
 * like any other. The crumb is kept until Yahoo refuses it (401 {@code Invalid Crumb}); then it is
 * asked for once more, by one thread for all.
 */
final class YahooCrumb {

    private static final int LONGEST_CRUMB = 64;

    private final URI cookieUrl;
    private final URI crumbUrl;
    private @Nullable String crumb;

    YahooCrumb(URI cookieUrl, URI baseUrl) {
        this.cookieUrl = cookieUrl;
        this.crumbUrl = URI.create(baseUrl + "/v1/test/getcrumb");
    }

    /** The crumb in use, asked for first when there is none. */
    synchronized String crumb(SourceGuard guard, int[] attempts)
            throws SourceUnavailable, IOException, InterruptedException {
        String current = crumb;
        if (current == null) {
            current = ask(guard, attempts);
            crumb = current;
        }
        return current;
    }

    /** A new crumb in place of {@code refused}; the one in use when another thread already renewed it. */
    synchronized String renewed(String refused, SourceGuard guard, int[] attempts)
            throws SourceUnavailable, IOException, InterruptedException {
        String current = crumb;
        if (current == null || current.equals(refused)) {
            crumb = null;
            current = ask(guard, attempts);
            crumb = current;
        }
        return current;
    }

    private String ask(SourceGuard guard, int[] attempts) throws SourceUnavailable, IOException, InterruptedException {
        // Whatever its status (fc.yahoo.com answers 404), the answer sets the cookie.
        guard.get(cookieUrl, attempts);
        LiveHttp.Answer answer = guard.get(crumbUrl, attempts);
        String text = new String(answer.body(), StandardCharsets.UTF_8).trim();
        if (answer.status() != 200
                || text.isEmpty()
                || text.length() > LONGEST_CRUMB
                || text.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '{')) {
            throw new NoCrumb(answer);
        }
        return text;
    }

    /** Yahoo gave no crumb: its answer to {@code getcrumb} was not one. */
    static final class NoCrumb extends IOException {

        private final LiveHttp.Answer answer;

        NoCrumb(LiveHttp.Answer answer) {
            super("Yahoo gave no crumb: HTTP " + answer.status() + " from " + answer.uri(), null);
            this.answer = answer;
        }

        LiveHttp.Answer answer() {
            return answer;
        }
    }
}
