package dev.ollass.api.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running API the way a client does: JSON over HTTP, a bearer token where given. */
final class AuthHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    AuthHttp(int port) {
        this.port = port;
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String text(String field) {
            return body.path(field).asString();
        }
    }

    Answer post(String path, @Nullable String bearer, String json) {
        return send(request(path, bearer).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, @Nullable String bearer, String json) {
        return send(request(path, bearer).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(String path, @Nullable String bearer) {
        return send(request(path, bearer).GET());
    }

    Answer withAuthorization(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization)
                .GET());
    }

    /** Signs up a new local account with a fresh e-mail; returns the sign-up answer. */
    Answer signUp(String email) {
        return post("/api/auth/v1/local/signup", null, credentials(email, STRONG_PASSWORD));
    }

    static final String STRONG_PASSWORD = "correct horse battery staple";

    static String freshEmail() {
        return "u-" + UUID.randomUUID() + "@example.com";
    }

    static String credentials(String email, String password) {
        return JSON.writeValueAsString(java.util.Map.of("email", email, "password", password));
    }

    static String json(String field, String value) {
        return JSON.writeValueAsString(java.util.Map.of(field, value));
    }

    private HttpRequest.Builder request(String path, @Nullable String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
