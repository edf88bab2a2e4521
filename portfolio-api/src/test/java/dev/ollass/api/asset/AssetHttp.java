package dev.ollass.api.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running API the way a client does: JSON (or CSV) over HTTP with a user's bearer token. */
final class AssetHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    AssetHttp(int port) {
        this.port = port;
    }

    record Answer(int status, String text, HttpResponse<byte[]> raw) {

        JsonNode body() {
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    /** Signs up a new local account; its access token. */
    String signUp() {
        String email = "asset-" + UUID.randomUUID() + "@example.com";
        Answer answer = send(request("/api/auth/v1/local/signup", null, "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("email", email, "password", "correct horse battery staple")))));
        if (answer.status() != 201) {
            throw new AssertionError("sign-up failed: " + answer.text());
        }
        return answer.body().path("access_token").asString();
    }

    Answer get(String path, @Nullable String bearer) {
        return send(request(path, bearer, "application/json").GET());
    }

    Answer delete(String path, @Nullable String bearer) {
        return send(request(path, bearer, "application/json").DELETE());
    }

    Answer post(String path, @Nullable String bearer, Object body) {
        return send(request(path, bearer, "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer put(String path, @Nullable String bearer, Object body) {
        return send(request(path, bearer, "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer postCsv(String path, @Nullable String bearer, byte[] csv) {
        return send(request(path, bearer, "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    private HttpRequest.Builder request(String path, @Nullable String bearer, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
