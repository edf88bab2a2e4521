package dev.ollass.api.auth.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Naver access tokens, checked through a stand-in of Naver's profile API. */
class NaverTokenVerifierTest {

    /** Naver's documented answer to {@code GET /v1/nid/me}. */
    private static final String PROFILE = """
            {"resultcode":"00","message":"success",
             "response":{"id":"32742776","nickname":"OpenAPI","email":"openapi@naver.com","name":"오픈 API"}}""";

    /** Naver's answer to an invalid or expired token. */
    private static final String AUTHENTICATION_FAILED = """
            {"resultcode":"024","message":"Authentication failed / 인증에 실패했습니다."}""";

    private final StandInProvider standIn = new StandInProvider();
    private final ProviderSettings settings = TestSettings.pointedAt(standIn, Duration.ZERO);
    private final NaverTokenVerifier naver = new NaverTokenVerifier(RestClient.builder(), settings);

    @AfterEach
    void stopStandIn() {
        standIn.close();
    }

    @Test
    void readsWhoATokenBelongsToFromTheProfileApi() {
        standIn.naverAnswers(200, PROFILE);

        VerifiedIdentity identity = naver.verify("AAAAOLtP40eH6P5S4Z4FpFl77n3FD5I");

        assertThat(identity).isEqualTo(new VerifiedIdentity(IdentityProvider.NAVER, "32742776", "openapi@naver.com"));
        assertThat(standIn.naverAuthorizations()).containsExactly("Bearer AAAAOLtP40eH6P5S4Z4FpFl77n3FD5I");
    }

    @Test
    void refusesATokenNaverAnswers401For() {
        standIn.naverAnswers(401, AUTHENTICATION_FAILED);

        assertThatThrownBy(() -> naver.verify("expired"))
                .isInstanceOfSatisfying(
                        InvalidProviderToken.class,
                        e -> assertThat(e.getBody().getProperties())
                                .containsEntry("code", "INVALID_NAVER_TOKEN")
                                .containsEntry("field", "access_token"));
    }

    @Test
    void refusesATokenWhoseAnswerIsNotASuccess() {
        standIn.naverAnswers(200, AUTHENTICATION_FAILED);

        assertThatThrownBy(() -> naver.verify("odd")).isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void answersAServerErrorOfNaverAsProviderUnavailable() {
        standIn.naverAnswers(500, "{\"resultcode\":\"500\",\"message\":\"Internal Server Error\"}");

        assertThatThrownBy(() -> naver.verify("token")).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void answersAnUnreadableAnswerAsProviderUnavailable() {
        standIn.naverAnswers(200, "<html>maintenance</html>");

        assertThatThrownBy(() -> naver.verify("token")).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void givesUpOnASlowAnswerAfterTheReadTimeout() {
        standIn.naverAnswersAfter(Duration.ofSeconds(8), 200, PROFILE);
        long start = System.nanoTime();

        assertThatThrownBy(() -> naver.verify("token")).isInstanceOf(ProviderUnavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(settings.readTimeout())
                .isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void answersAnUnreachableNaverAsProviderUnavailable() {
        ProviderSettings unreachable =
                TestSettings.pointedAt(standIn.jwksUri(), URI.create("http://127.0.0.1:1/v1/nid/me"), Duration.ZERO);

        assertThatThrownBy(() -> new NaverTokenVerifier(RestClient.builder(), unreachable).verify("token"))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void refusesAProfileWithoutAnIdAsMissingSocialId() {
        standIn.naverAnswers(200, """
                {"resultcode":"00","message":"success","response":{"email":"openapi@naver.com"}}""");

        assertThatThrownBy(() -> naver.verify("token")).isInstanceOf(MissingSocialId.class);
    }

    @Test
    void refusesASuccessWithoutAProfileAsMissingSocialId() {
        standIn.naverAnswers(200, """
                {"resultcode":"00","message":"success"}""");

        assertThatThrownBy(() -> naver.verify("token")).isInstanceOf(MissingSocialId.class);
    }

    @Test
    void refusesAProfileWithoutAnEmailAsMissingEmail() {
        standIn.naverAnswers(200, """
                {"resultcode":"00","message":"success","response":{"id":"32742776","nickname":"OpenAPI"}}""");

        assertThatThrownBy(() -> naver.verify("token")).isInstanceOf(MissingEmail.class);
    }
}
