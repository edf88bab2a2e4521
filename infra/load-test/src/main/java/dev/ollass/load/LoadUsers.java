package dev.ollass.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load users, signed in through the API as a person signs in: {@code load-<n>@ollass.local} with a local
 * account ({@code /api/auth/v1/local/signup}, or {@code /login} when it exists), each holding a few trades (Korean
 * and US stocks, a split, a sell) imported once as CSV. Idempotent: a second run signs the same users in and leaves
 * their trades as they are.
 */
final class LoadUsers {

    /** The local run's load users' password, like its demo account's: known, so never used on another host. */
    static final String LOCAL_PASSWORD = "ollass-load-test-2026";

    static final String PASSWORD_VARIABLE = "OLLASS_LOAD_PASSWORD";

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI baseUrl;
    private final String password;

    LoadUsers(URI baseUrl, String password) {
        this.baseUrl = baseUrl;
        this.password = password;
    }

    /**
     * The load users' password: {@code OLLASS_LOAD_PASSWORD} when set; else, for an API on this machine only, the
     * local run's known one. A load test of another host would otherwise leave accounts anyone can sign in to.
     */
    static String password(URI baseUrl, Map<String, String> env) {
        String given = env.get(PASSWORD_VARIABLE);
        if (given != null && !given.isBlank()) {
            return given;
        }
        String host = baseUrl.getHost();
        if (host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"))) {
            return LOCAL_PASSWORD;
        }
        throw new IllegalArgumentException(("%s is not this machine: set %s to the load users' password (10 to 64"
                        + " characters), so that their accounts there do not have a published one")
                .formatted(baseUrl, PASSWORD_VARIABLE));
    }

    static String email(int number) {
        return "load-" + number + "@ollass.local";
    }

    /** Throws with what to do when nothing answers at the base URL. */
    void requireRunning() throws IOException, InterruptedException {
        try {
            HttpResponse<String> health = send(HttpRequest.newBuilder(baseUrl.resolve("/health")));
            if (health.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET %s/health answered %d: is this Ollass's API?".formatted(baseUrl, health.statusCode()));
            }
        } catch (ConnectException e) {
            throw new IllegalStateException(
                    "Nothing answers at %s. Start the local run first (./ollass run, in another terminal, with the same"
                                    .formatted(baseUrl)
                            + " OLLASS_API_PORT), or give --base-url=<url> of a running API.",
                    e);
        }
    }

    /** An access token for each of the first {@code count} load users, creating and filling what is missing. */
    List<String> signIn(int count) throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>(count);
        int created = 0;
        int filled = 0;
        for (int number = 1; number <= count; number++) {
            String credentials = json.writeValueAsString(
                    json.createObjectNode().put("email", email(number)).put("password", password));
            HttpResponse<String> signUp = post("/api/auth/v1/local/signup", "application/json", credentials, null);
            HttpResponse<String> signedIn = signUp;
            if (signUp.statusCode() == 201) {
                created++;
            } else if (signUp.statusCode() == 409) {
                signedIn = post("/api/auth/v1/local/login", "application/json", credentials, null);
            }
            if (signedIn.statusCode() != 200 && signedIn.statusCode() != 201) {
                throw new IllegalStateException("Signing in %s answered %d: %s"
                        .formatted(email(number), signedIn.statusCode(), signedIn.body()));
            }
            String token = accessToken(json.readTree(signedIn.body()));
            if (holdsNoTrades(token)) {
                importTrades(token, email(number));
                filled++;
            }
            tokens.add(token);
        }
        System.out.printf(
                "Load users: %d signed in (%d created now, %d given their trades now), load-1..%d@ollass.local%n",
                count, created, filled, count);
        return tokens;
    }

    static String accessToken(JsonNode tokenPair) {
        JsonNode token = tokenPair.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new IllegalStateException("No access_token in the sign-in answer: " + tokenPair);
        }
        return token.asText();
    }

    /** The CSV export has a header line (after a byte order mark) and one line per trade. */
    private boolean holdsNoTrades(String token) throws IOException, InterruptedException {
        HttpResponse<String> export = send(HttpRequest.newBuilder(baseUrl.resolve("/api/asset/v1/assetstock/csv"))
                .header("Authorization", "Bearer " + token));
        if (export.statusCode() != 200) {
            throw new IllegalStateException(
                    "Exporting the load user's trades answered %d: %s".formatted(export.statusCode(), export.body()));
        }
        return export.body().strip().lines().count() <= 1;
    }

    /** All or nothing, so an interrupted run never leaves a user half filled. */
    private void importTrades(String token, String email) throws IOException, InterruptedException {
        String trades;
        try (InputStream in = LoadUsers.class.getResourceAsStream("/load/load-user-trades.csv")) {
            if (in == null) {
                throw new IllegalStateException("load/load-user-trades.csv is missing from the class path");
            }
            trades = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> imported = post("/api/asset/v1/assetstock/csv", "text/csv", trades, token);
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("Importing the trades of %s answered %d: %s"
                    .formatted(email, imported.statusCode(), imported.body()));
        }
    }

    private HttpResponse<String> post(
            String path, String type, String body, @org.jspecify.annotations.Nullable String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
