package dev.ollass.api.auth.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.api.auth.AuthSettings;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

    private static final String SECRET = "a-secret-of-sixty-four-bytes-for-hs512-0123456789abcdefghijklmnop";
    private static final TokenClaims CLAIMS = new TokenClaims(42, "google-sub", "session-1", "token-1");

    private static AuthSettings.Jwt settings(String secret, String algorithm) {
        return new AuthSettings.Jwt(
                secret, algorithm, "ollass", "ollass-api", Duration.ofMinutes(15), Duration.ofDays(14));
    }

    private final TokenCodec codec = new TokenCodec(settings(SECRET, "HS256"), Clock.systemUTC());

    @Test
    void readsBackWhatItWrote() {
        String token = codec.issue(TokenKind.ACCESS, CLAIMS, Duration.ofMinutes(15));

        assertThat(codec.verify(token, TokenKind.ACCESS)).isEqualTo(CLAIMS);
    }

    @Test
    void aTokenOfOneKindIsNotTheOther_S2() {
        String access = codec.issue(TokenKind.ACCESS, CLAIMS, Duration.ofMinutes(15));
        String refresh = codec.issue(TokenKind.REFRESH, CLAIMS, Duration.ofDays(14));

        assertThatThrownBy(() -> codec.verify(access, TokenKind.REFRESH)).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> codec.verify(refresh, TokenKind.ACCESS)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesAnExpiredTokenAsExpired() {
        var anHourAgo = new TokenCodec(
                settings(SECRET, "HS256"), Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC));
        String token = anHourAgo.issue(TokenKind.ACCESS, CLAIMS, Duration.ofMinutes(15));

        assertRefusedAsExpired(codec, token);
    }

    @Test
    void aTokenVerifiedBeforeIsStillRefusedOnceItExpiresAndIsStillOfItsKindOnly() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T00:00:00Z"));
        var codec = new TokenCodec(settings(SECRET, "HS256"), new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        String token = codec.issue(TokenKind.ACCESS, CLAIMS, Duration.ofMinutes(15));
        assertThat(codec.verify(token, TokenKind.ACCESS)).isEqualTo(CLAIMS);
        assertThat(codec.verify(token, TokenKind.ACCESS)).as("kept").isEqualTo(CLAIMS);
        assertThatThrownBy(() -> codec.verify(token, TokenKind.REFRESH)).isInstanceOf(InvalidToken.class);

        now.set(now.get().plus(Duration.ofMinutes(15)));

        assertRefusedAsExpired(codec, token);
    }

    @Test
    void acceptsHs512WhenConfiguredAndRefusesAlgorithmsOutsideTheAllowList() {
        var hs512 = new TokenCodec(settings(SECRET, "HS512"), Clock.systemUTC());
        assertThat(codec.verify(hs512.issue(TokenKind.ACCESS, CLAIMS, Duration.ofMinutes(1)), TokenKind.ACCESS))
                .isEqualTo(CLAIMS);

        String hs384 = Jwts.builder()
                .issuer("ollass")
                .audience()
                .add("ollass-api")
                .and()
                .subject("google-sub")
                .claim("user", "42")
                .claim("typ", "access")
                .claim("sid", "session-1")
                .id("token-1")
                .expiration(Date.from(Instant.now().plusSeconds(60)))
                .signWith(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA384"), Jwts.SIG.HS384)
                .compact();

        assertThatThrownBy(() -> codec.verify(hs384, TokenKind.ACCESS)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesTokensWithoutTheOriginalsUserClaim() {
        String noUser = Jwts.builder()
                .issuer("ollass")
                .audience()
                .add("ollass-api")
                .and()
                .subject("google-sub")
                .claim("typ", "access")
                .claim("sid", "session-1")
                .id("token-1")
                .expiration(Date.from(Instant.now().plusSeconds(60)))
                .signWith(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), Jwts.SIG.HS256)
                .compact();

        assertThatThrownBy(() -> codec.verify(noUser, TokenKind.ACCESS)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void failsAtStartWithoutASecretAndSaysWhatToSet() {
        assertThatThrownBy(() -> new TokenCodec(settings("", "HS256"), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OLLASS_JWT_SECRET is not set");
        assertThatThrownBy(() -> new TokenCodec(settings(null, "HS256"), Clock.systemUTC()))
                .hasMessageContaining("OLLASS_JWT_SECRET is not set");
    }

    @Test
    void failsAtStartWithAKeyShorterThanTheAlgorithmNeeds() {
        String thirtyOneBytes = "x".repeat(31);
        assertThatThrownBy(() -> new TokenCodec(settings(thirtyOneBytes, "HS256"), Clock.systemUTC()))
                .hasMessageContaining("at least 32");
        assertThat(new TokenCodec(settings("x".repeat(32), "HS256"), Clock.systemUTC()))
                .isNotNull();
        assertThatThrownBy(() -> new TokenCodec(settings("x".repeat(48), "HS512"), Clock.systemUTC()))
                .hasMessageContaining("at least 64");
    }

    @Test
    void failsAtStartWithAnAlgorithmOutsideTheAllowList() {
        assertThatThrownBy(() -> new TokenCodec(settings(SECRET, "none"), Clock.systemUTC()))
                .hasMessageContaining("HS256 or HS512");
    }

    private static void assertRefusedAsExpired(TokenCodec codec, String token) {
        assertThatThrownBy(() -> codec.verify(token, TokenKind.ACCESS))
                .isInstanceOfSatisfying(
                        InvalidToken.class,
                        refusal -> assertThat(refusal.getBody().getType().toString())
                                .endsWith("/token-expired"));
    }
}
