package dev.ollass.api.auth.provider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A local stand-in for the providers' servers, on a free port of 127.0.0.1: it serves a key set
 * (JWKS) made of test RSA keys, as Google's and Kakao's certificate URLs do, and answers the profile
 * requests Naver's API would, with whatever status, body and delay a test sets. Never the real hosts.
 */
final class StandInProvider implements AutoCloseable {

    static final String JWKS_PATH = "/oauth2/v3/certs";
    static final String NAVER_PATH = "/v1/nid/me";

    private final HttpServer server;
    private final AtomicReference<JWKSet> keys = new AtomicReference<>(new JWKSet());
    private final AtomicInteger keySetStatus = new AtomicInteger(200);
    private final AtomicInteger keySetFetches = new AtomicInteger();
    private final AtomicReference<Answer> naverAnswer = new AtomicReference<>(new Answer(500, "{}", Duration.ZERO));
    private final List<@Nullable String> naverAuthorizations = new CopyOnWriteArrayList<>();

    /** What the stand-in answers a profile request with. */
    record Answer(int status, String body, Duration delay) {}

    StandInProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(JWKS_PATH, this::serveKeys);
        server.createContext(NAVER_PATH, this::serveNaverProfile);
        // Several threads, so that a slow answer does not hold up the next test's requests.
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI jwksUri() {
        return base().resolve(JWKS_PATH);
    }

    URI naverUri() {
        return base().resolve(NAVER_PATH);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves these public keys from now on (a key rotation when they differ from before). */
    void publish(RSAKey... signingKeys) {
        keys.set(new JWKSet(List.of(signingKeys)).toPublicJWKSet());
    }

    void keySetStatus(int status) {
        keySetStatus.set(status);
    }

    int keySetFetches() {
        return keySetFetches.get();
    }

    void naverAnswers(int status, String body) {
        naverAnswer.set(new Answer(status, body, Duration.ZERO));
    }

    void naverAnswersAfter(Duration delay, int status, String body) {
        naverAnswer.set(new Answer(status, body, delay));
    }

    List<@Nullable String> naverAuthorizations() {
        return naverAuthorizations;
    }

    private void serveKeys(HttpExchange exchange) throws IOException {
        keySetFetches.incrementAndGet();
        int status = keySetStatus.get();
        respond(
                exchange,
                status,
                status == 200 ? keys.get().toString() : "{\"error\":\"unavailable\"}",
                "application/json");
    }

    private void serveNaverProfile(HttpExchange exchange) throws IOException {
        naverAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        Answer answer = naverAnswer.get();
        try {
            Thread.sleep(answer.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, answer.status(), answer.body(), "application/json;charset=utf-8");
    }

    private static void respond(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        try (exchange) {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer to.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RS256 ID token signed with this key, naming its key id, as Google and Kakao sign theirs. */
    static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, key.getKeyID(), claims);
    }

    static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(keyId)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
