package dev.ollass.api.auth.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Google and Kakao ID tokens, verified against a stand-in's published keys. */
class IdTokenVerifierTest {

    private static final String GOOGLE = "https://accounts.google.com";

    private final StandInProvider standIn = new StandInProvider();
    private final RSAKey key = StandInProvider.newKey("google-key-1");
    private final ProviderSettings settings = TestSettings.pointedAt(standIn, Duration.ZERO);

    @AfterEach
    void stopStandIn() {
        standIn.close();
    }

    private IdTokenVerifier google(ProviderSettings settings) {
        ProviderSettings.Google google = settings.google();
        return new IdTokenVerifier(
                IdentityProvider.GOOGLE, google.jwksUri(), google.issuers(), google.clientIds(), settings);
    }

    private IdTokenVerifier google() {
        return google(settings);
    }

    private IdTokenVerifier kakao() {
        ProviderSettings.Kakao kakao = settings.kakao();
        return new IdTokenVerifier(
                IdentityProvider.KAKAO, kakao.jwksUri(), List.of(kakao.issuer()), kakao.clientIds(), settings);
    }

    private static JWTClaimsSet.Builder googleClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(GOOGLE)
                .audience(TestSettings.GOOGLE_CLIENT)
                .subject("110169484474386276334")
                .claim("email", "jane@example.com")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    @Test
    void acceptsAGoogleIdTokenSignedWithAPublishedKey() {
        standIn.publish(key);

        VerifiedIdentity identity =
                google().verify(StandInProvider.sign(key, googleClaims().build()));

        assertThat(identity)
                .isEqualTo(new VerifiedIdentity(IdentityProvider.GOOGLE, "110169484474386276334", "jane@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://accounts.google.com", "accounts.google.com"})
    void acceptsBothOfGooglesIssuerSpellings(String issuer) {
        standIn.publish(key);

        VerifiedIdentity identity = google().verify(
                        StandInProvider.sign(key, googleClaims().issuer(issuer).build()));

        assertThat(identity.subject()).isEqualTo("110169484474386276334");
    }

    @Test
    void acceptsATokenForAnyOfOurClientIds() {
        standIn.publish(key);

        VerifiedIdentity identity = google().verify(StandInProvider.sign(
                key,
                googleClaims()
                        .audience("ollass-android.apps.googleusercontent.com")
                        .build()));

        assertThat(identity.email()).isEqualTo("jane@example.com");
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderAPublishedKeyId() {
        standIn.publish(key);
        RSAKey forger = StandInProvider.newKey(key.getKeyID());

        assertThatThrownBy(() -> google().verify(
                                StandInProvider.sign(forger, googleClaims().build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesATokenSignedWithAKeyIdNobodyPublished() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, "made-up", googleClaims().build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesAnUnsignedToken() {
        standIn.publish(key);
        String unsigned = new PlainJWT(googleClaims().build()).serialize();

        assertThatThrownBy(() -> google().verify(unsigned)).isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesAnHmacTokenKeyedWithThePublicKey() throws JOSEException {
        standIn.publish(key);
        SignedJWT hmac = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                googleClaims().build());
        hmac.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));

        assertThatThrownBy(() -> google().verify(hmac.serialize())).isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, googleClaims().issuer("https://evil.example.com").build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesATokenIssuedToAnotherApp() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key,
                        googleClaims()
                                .audience("someone-else.apps.googleusercontent.com")
                                .build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesATokenWithoutAnAudience() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, googleClaims().audience((String) null).build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesAnExpiredTokenPastTheClockSkew() {
        standIn.publish(key);
        Date twoMinutesAgo = Date.from(Instant.now().minus(Duration.ofMinutes(2)));
        Date anHourAgo = Date.from(Instant.now().minus(Duration.ofHours(1)));

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key,
                        googleClaims()
                                .issueTime(anHourAgo)
                                .expirationTime(twoMinutesAgo)
                                .build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void acceptsATokenThatExpiredWithinTheClockSkew() {
        standIn.publish(key);
        Date tenSecondsAgo = Date.from(Instant.now().minus(Duration.ofSeconds(10)));
        Date anHourAgo = Date.from(Instant.now().minus(Duration.ofHours(1)));

        VerifiedIdentity identity = google().verify(StandInProvider.sign(
                key,
                googleClaims()
                        .issueTime(anHourAgo)
                        .expirationTime(tenSecondsAgo)
                        .build()));

        assertThat(identity.subject()).isEqualTo("110169484474386276334");
    }

    @Test
    void refusesATokenWithoutAnExpiry() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, googleClaims().expirationTime(null).build())))
                .isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void refusesAGenuineTokenWithoutASubjectAsMissingSocialId() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, googleClaims().subject(null).build())))
                .isInstanceOf(MissingSocialId.class);
    }

    @Test
    void refusesAGenuineTokenWithoutAnEmailAsMissingEmail() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, googleClaims().claim("email", null).build())))
                .isInstanceOf(MissingEmail.class);
    }

    @Test
    void refusesAGenuineTokenWithABlankEmailAsMissingEmail() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify(StandInProvider.sign(
                        key, googleClaims().claim("email", " ").build())))
                .isInstanceOf(MissingEmail.class);
    }

    @Test
    void refusesSomethingThatIsNoTokenAtAll() {
        standIn.publish(key);

        assertThatThrownBy(() -> google().verify("not-a-jwt")).isInstanceOf(InvalidProviderToken.class);
    }

    @Test
    void fetchesTheKeySetOnceForManyTokens() {
        standIn.publish(key);
        IdTokenVerifier google = google();

        for (int i = 0; i < 3; i++) {
            google.verify(StandInProvider.sign(key, googleClaims().build()));
        }

        assertThat(standIn.keySetFetches()).isEqualTo(1);
    }

    @Test
    void picksUpARotatedKeyThatIsPublishedLater() {
        standIn.publish(key);
        IdTokenVerifier google = google();
        google.verify(StandInProvider.sign(key, googleClaims().build()));
        RSAKey rotated = StandInProvider.newKey("google-key-2");
        String signedWithTheNewKey =
                StandInProvider.sign(rotated, googleClaims().build());

        assertThatThrownBy(() -> google.verify(signedWithTheNewKey)).isInstanceOf(InvalidProviderToken.class);

        standIn.publish(key, rotated);

        assertThat(google.verify(signedWithTheNewKey).subject()).isEqualTo("110169484474386276334");
        assertThat(google.verify(StandInProvider.sign(key, googleClaims().build()))
                        .subject())
                .isEqualTo("110169484474386276334");
        assertThat(standIn.keySetFetches()).isEqualTo(3);
    }

    @Test
    void fetchesTheKeySetNoMoreOftenThanTheRefreshIntervalAllowsWhateverKeyIdsTokensMakeUp() {
        standIn.publish(key);
        IdTokenVerifier google = google(TestSettings.pointedAt(standIn, Duration.ofMinutes(1)));
        google.verify(StandInProvider.sign(key, googleClaims().build()));

        // Nimbus allows one more fetch within the interval: the first made-up key id is looked up...
        String firstMadeUp =
                StandInProvider.sign(key, "made-up-0", googleClaims().build());
        assertThatThrownBy(() -> google.verify(firstMadeUp)).isInstanceOf(InvalidProviderToken.class);
        // ... the next ones are not: "try again later", as the keys cannot be fetched now.
        for (int i = 1; i <= 5; i++) {
            String madeUp =
                    StandInProvider.sign(key, "made-up-" + i, googleClaims().build());
            assertThatThrownBy(() -> google.verify(madeUp)).isInstanceOf(ProviderUnavailable.class);
        }

        assertThat(standIn.keySetFetches()).isEqualTo(2);
        assertThat(google.verify(StandInProvider.sign(key, googleClaims().build()))
                        .email())
                .isEqualTo("jane@example.com");
    }

    @Test
    void answersAnOutageOfTheKeySetAsProviderUnavailableNotAsABadToken() {
        standIn.publish(key);
        standIn.keySetStatus(500);

        assertThatThrownBy(() ->
                        google().verify(StandInProvider.sign(key, googleClaims().build())))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void answersAnUnreachableKeySetAsProviderUnavailable() {
        ProviderSettings unreachable = TestSettings.pointedAt(
                java.net.URI.create("http://127.0.0.1:1/certs"), standIn.naverUri(), Duration.ZERO);

        assertThatThrownBy(() -> google(unreachable)
                        .verify(StandInProvider.sign(key, googleClaims().build())))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void acceptsAKakaoIdTokenForOurAppKey() {
        RSAKey kakaoKey = StandInProvider.newKey("kakao-key");
        standIn.publish(kakaoKey);
        JWTClaimsSet claims = googleClaims()
                .issuer("https://kauth.kakao.com")
                .audience(TestSettings.KAKAO_APP_KEY)
                .subject("3141592653")
                .claim("email", "min@example.kr")
                .build();

        VerifiedIdentity identity = kakao().verify(StandInProvider.sign(kakaoKey, claims));

        assertThat(identity).isEqualTo(new VerifiedIdentity(IdentityProvider.KAKAO, "3141592653", "min@example.kr"));
    }

    @Test
    void refusesAGoogleTokenSentToKakaoAsAnInvalidKakaoToken() {
        standIn.publish(key);

        assertThatThrownBy(() ->
                        kakao().verify(StandInProvider.sign(key, googleClaims().build())))
                .isInstanceOfSatisfying(
                        InvalidProviderToken.class,
                        e -> assertThat(e.getBody().getProperties()).containsEntry("code", "INVALID_KAKAO_TOKEN"));
    }
}
