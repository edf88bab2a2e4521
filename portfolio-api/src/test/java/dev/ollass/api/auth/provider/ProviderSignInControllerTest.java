package dev.ollass.api.auth.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The sign-in endpoints with the real verifiers, pointed at a local stand-in of Google and Naver
 * (Kakao is left unconfigured), and a recording {@code SessionIssuer}.
 */
@WebMvcTest(ProviderSignInController.class)
@Import({ProviderConfiguration.class, RecordingSessionIssuer.class})
class ProviderSignInControllerTest {

    private static final StandInProvider STAND_IN = new StandInProvider();
    private static final RSAKey KEY = StandInProvider.newKey("google-key");

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry properties) {
        properties.add("ollass.auth.providers.google.client-ids", () -> TestSettings.GOOGLE_CLIENT);
        properties.add("ollass.auth.providers.google.jwks-uri", STAND_IN::jwksUri);
        properties.add("ollass.auth.providers.naver.client-id", () -> "naver-client-id");
        properties.add("ollass.auth.providers.naver.user-info-uri", STAND_IN::naverUri);
        properties.add("ollass.auth.providers.read-timeout", () -> "3s");
    }

    @AfterAll
    static void stopStandIn() {
        STAND_IN.close();
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordingSessionIssuer sessions;

    @BeforeEach
    void publishTheKey() {
        STAND_IN.publish(KEY);
        sessions.forget();
    }

    private static String googleToken(String audience) {
        Instant now = Instant.now();
        return StandInProvider.sign(
                KEY,
                new JWTClaimsSet.Builder()
                        .issuer("https://accounts.google.com")
                        .audience(audience)
                        .subject("110169484474386276334")
                        .claim("email", "jane@example.com")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                        .build());
    }

    /** Sent once: asserting on a request builder would send it again for each assertion. */
    private MvcTestResult post(String provider, String body) {
        return mvc.post()
                .uri("/api/auth/v1/" + provider)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void signsInWithAGoogleIdTokenAndAnswersTheOriginalsTokenPair() {
        var response = post("google", "{\"id_token\":\"" + googleToken(TestSettings.GOOGLE_CLIENT) + "\"}");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"access_token":"access-1","refresh_token":"refresh-1"}""");
        assertThat(sessions.signedIn())
                .containsExactly(
                        new VerifiedIdentity(IdentityProvider.GOOGLE, "110169484474386276334", "jane@example.com"));
    }

    @Test
    void refusesAGoogleTokenForAnotherAppWithTheOriginals400AndCode() {
        var response = post("google", "{\"id_token\":\"" + googleToken("another-app") + "\"}");

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/invalid-google-token","status":400,"status_code":400,
                 "code":"INVALID_GOOGLE_TOKEN","field":"id_token",
                 "detail":"The Google token could not be verified."}""");
        assertThat(sessions.signedIn()).isEmpty();
    }

    @Test
    void signsInWithANaverAccessToken() {
        STAND_IN.naverAnswers(200, """
                {"resultcode":"00","message":"success","response":{"id":"32742776","email":"openapi@naver.com"}}""");

        var response = post("naver", "{\"access_token\":\"naver-access\"}");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("""
                {"access_token":"access-1","refresh_token":"refresh-1"}""");
        assertThat(sessions.signedIn())
                .containsExactly(new VerifiedIdentity(IdentityProvider.NAVER, "32742776", "openapi@naver.com"));
    }

    @Test
    void answersANaverProfileWithoutAnEmailWithTheOriginals401() {
        STAND_IN.naverAnswers(200, """
                {"resultcode":"00","message":"success","response":{"id":"32742776"}}""");

        var response = post("naver", "{\"access_token\":\"naver-access\"}");

        assertThat(response).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/missing-email","status_code":401,"code":"MISSING_EMAIL",
                 "field":"access_token"}""");
    }

    @Test
    void answersANaverOutageWith502NotWithABadToken() {
        STAND_IN.naverAnswers(503, "{}");

        var response = post("naver", "{\"access_token\":\"naver-access\"}");

        assertThat(response).hasStatus(HttpStatus.BAD_GATEWAY);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/sign-in-provider-unavailable","status_code":502}""");
    }

    @Test
    void answersAProviderWithoutAClientIdWith503InsteadOfAcceptingAnything() {
        var response = post("kakao", "{\"id_token\":\"" + googleToken(TestSettings.GOOGLE_CLIENT) + "\"}");

        assertThat(response).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/sign-in-provider-not-configured","status_code":503,
                 "detail":"kakao sign-in is not configured on this server."}""");
        assertThat(sessions.signedIn()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "google | {}                   | id_token",
                "google | {\"id_token\":\"  \"} | id_token",
                "google | {\"id_token\":null}  | id_token",
                "kakao  | {}                   | id_token",
                "naver  | {\"id_token\":\"x\"}  | access_token",
                "naver  | {\"access_token\":\"\"} | access_token"
            })
    void refusesABodyWithoutItsTokenNamingTheField(String provider, String body, String field) {
        var response = post(provider, body);

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/missing-token","status_code":400,"field":"%s"}""".formatted(field));
    }

    @Test
    void refusesARequestWithoutABodyNamingTheField() {
        var response = mvc.post()
                .uri("/api/auth/v1/naver")
                .contentType(MediaType.APPLICATION_JSON)
                .exchange();

        assertThat(response).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"status_code":400,"field":"access_token"}""");
    }
}
