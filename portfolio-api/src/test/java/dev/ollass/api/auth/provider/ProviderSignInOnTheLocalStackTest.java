package dev.ollass.api.auth.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provider sign-in through the whole API on the real local stack: the real verifiers against the
 * stand-in provider, the real session issuer, users in MariaDB, sessions in Redis. What a web client
 * does after a Google or Naver sign-in: call a personal endpoint with the access token it got.
 */
@UsesLocalStack
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProviderSignInOnTheLocalStackTest {

    private static final StandInProvider STAND_IN = new StandInProvider();
    private static final RSAKey KEY = StandInProvider.newKey("google-key");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void useTheLocalStackAndTheStandIn(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market"));
        registry.add("ollass.auth.providers.google.client-ids", () -> TestSettings.GOOGLE_CLIENT);
        registry.add("ollass.auth.providers.google.jwks-uri", STAND_IN::jwksUri);
        registry.add("ollass.auth.providers.naver.client-id", () -> "naver-client-id");
        registry.add("ollass.auth.providers.naver.user-info-uri", STAND_IN::naverUri);
    }

    @AfterAll
    static void stopStandIn() {
        STAND_IN.close();
    }

    @LocalServerPort
    int port;

    private static String googleToken(String subject, String email) {
        Instant now = Instant.now();
        return StandInProvider.sign(
                KEY,
                new JWTClaimsSet.Builder()
                        .issuer("https://accounts.google.com")
                        .audience(TestSettings.GOOGLE_CLIENT)
                        .subject(subject)
                        .claim("email", email)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                        .build());
    }

    @Test
    void aGoogleSignInOpensASessionForOneUserWhateverHowOftenItSignsIn() throws Exception {
        STAND_IN.publish(KEY);
        String subject = "g-" + UUID.randomUUID();
        String email = subject + "@gmail.example";

        JsonNode first = post("/api/auth/v1/google", null, "{\"id_token\":\"" + googleToken(subject, email) + "\"}");
        JsonNode second = post("/api/auth/v1/google", null, "{\"id_token\":\"" + googleToken(subject, email) + "\"}");

        JsonNode user = get("/api/auth/v1/user", first.path("access_token").asString());
        assertThat(user.path("email").asString()).isEqualTo(email);
        assertThat(user.path("isJoined").asBoolean()).isFalse();
        assertThat(claim(second.path("access_token").asString(), "user"))
                .isEqualTo(claim(first.path("access_token").asString(), "user"));
        assertThat(claim(first.path("access_token").asString(), "sub")).isEqualTo(subject);
    }

    @Test
    void aNaverUserWithTheSameIdAsAGoogleUserIsAnotherUser() throws Exception {
        // S4 of spec §12.1: the original keyed refresh state by the provider's id alone.
        STAND_IN.publish(KEY);
        String subject = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        JsonNode google = post(
                "/api/auth/v1/google",
                null,
                "{\"id_token\":\"" + googleToken(subject, "g" + subject + "@x.example") + "\"}");
        STAND_IN.naverAnswers(200, """
                {"resultcode":"00","message":"success","response":{"id":"%s","email":"n%s@naver.example"}}""".formatted(subject, subject));

        JsonNode naver = post("/api/auth/v1/naver", null, "{\"access_token\":\"naver-access\"}");

        assertThat(claim(naver.path("access_token").asString(), "user"))
                .isNotEqualTo(claim(google.path("access_token").asString(), "user"));
        assertThat(get("/api/auth/v1/user", naver.path("access_token").asString())
                        .path("email")
                        .asString())
                .isEqualTo("n" + subject + "@naver.example");
    }

    private JsonNode post(String path, @Nullable String bearer, String body) throws Exception {
        HttpRequest.Builder request = request(path, bearer).POST(HttpRequest.BodyPublishers.ofString(body));
        return answer(request, 200);
    }

    private JsonNode get(String path, String bearer) throws Exception {
        return answer(request(path, bearer).GET(), 200);
    }

    private HttpRequest.Builder request(String path, @Nullable String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private static JsonNode answer(HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static String claim(String token, String name) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .path(name)
                .asString();
    }
}
