package dev.ollass.api.auth.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ollass.api.auth.AuthSettings;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.MacAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and verifies the API's tokens with jjwt: HMAC with the key from {@code OLLASS_JWT_SECRET},
 * only HS256 and HS512 accepted (so {@code alg: none} and every other algorithm are refused), issuer,
 * audience, expiry and the token kind required.
 */
final class TokenCodec {

    private static final Map<String, MacAlgorithm> ALLOWED = Map.of("HS256", Jwts.SIG.HS256, "HS512", Jwts.SIG.HS512);
    static final String USER_CLAIM = "user";
    static final String TYPE_CLAIM = "typ";
    static final String SESSION_CLAIM = "sid";
    // About 0.5 KB each: at most some 10 MB, more tokens than an instance's users hold at once.
    private static final long VERIFIED_TOKENS_KEPT = 20_000;
    private static final Duration VERIFIED_TOKEN_KEPT_FOR = Duration.ofMinutes(15);

    private final MacAlgorithm algorithm;
    private final SecretKey key;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final JwtParser parser;

    /**
     * Tokens this instance already verified, with what they say and when they expire. Parsing and checking a
     * token with jjwt was a tenth of the API's CPU under load, and a client sends the same access token with
     * every request for its lifetime. Only verified tokens are kept (an entry is as good as a fresh check until
     * the token's own expiry, which is checked on every hit); whether the session still stands is not kept, it is
     * asked for each request ({@code SessionStore}).
     */
    private final Cache<String, Verified> verified;

    private record Verified(TokenClaims claims, String kind, Instant expiresAt) {}

    TokenCodec(AuthSettings.Jwt settings, Clock clock) {
        this.algorithm = ALLOWED.get(settings.algorithm());
        if (algorithm == null) {
            throw new IllegalStateException(
                    "ollass.auth.jwt.algorithm must be HS256 or HS512, not '" + settings.algorithm() + "'");
        }
        String secret = settings.secret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("OLLASS_JWT_SECRET is not set: the API signs its session tokens with"
                    + " it. Set it to a random value of at least 32 bytes (e.g. `openssl rand -base64 48`);"
                    + " the local run (./ollass run) generates one.");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        int minimumBytes = algorithm.getKeyBitLength() / 8;
        if (bytes.length < minimumBytes) {
            throw new IllegalStateException("OLLASS_JWT_SECRET has " + bytes.length + " bytes; " + algorithm.getId()
                    + " needs at least " + minimumBytes + " (" + algorithm.getKeyBitLength() + " bits)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA" + algorithm.getId().substring(2));
        this.issuer = settings.issuer();
        this.audience = settings.audience();
        this.clock = clock;
        this.parser = Jwts.parser()
                .sig()
                .clear()
                .add(Jwts.SIG.HS256)
                .add(Jwts.SIG.HS512)
                .and()
                .verifyWith(key)
                .requireIssuer(issuer)
                .requireAudience(audience)
                .clock(() -> Date.from(clock.instant()))
                .build();
        this.verified = Caffeine.newBuilder()
                .maximumSize(VERIFIED_TOKENS_KEPT)
                .expireAfterWrite(VERIFIED_TOKEN_KEPT_FOR)
                .build();
    }

    String issue(TokenKind kind, TokenClaims claims, Duration lifetime) {
        Instant now = clock.instant();
        return Jwts.builder()
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .subject(claims.subject())
                .claim(USER_CLAIM, Long.toString(claims.userId()))
                .claim(TYPE_CLAIM, kind.claim)
                .claim(SESSION_CLAIM, claims.sessionId())
                .id(claims.tokenId())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .signWith(key, algorithm)
                .compact();
    }

    /** The claims of a valid token of {@code kind}, or an {@link InvalidToken} that says why not. */
    TokenClaims verify(String token, TokenKind kind) {
        Verified kept = verified.getIfPresent(token);
        if (kept != null && kept.kind().equals(kind.claim)) {
            if (!clock.instant().isBefore(kept.expiresAt())) {
                verified.invalidate(token);
                throw InvalidToken.expired();
            }
            return kept.claims();
        }
        return parse(token, kind);
    }

    private TokenClaims parse(String token, TokenKind kind) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        } catch (ExpiredJwtException e) {
            throw InvalidToken.expired();
        } catch (JwtException | IllegalArgumentException e) {
            throw InvalidToken.invalid(e.getClass().getSimpleName());
        }
        if (!kind.claim.equals(claims.get(TYPE_CLAIM, String.class))) {
            throw InvalidToken.invalid("wrong token type, expected " + kind.claim);
        }
        String user = claims.get(USER_CLAIM, String.class);
        String session = claims.get(SESSION_CLAIM, String.class);
        if (user == null || session == null || claims.getSubject() == null || claims.getId() == null) {
            throw InvalidToken.invalid("claims missing");
        }
        TokenClaims said;
        try {
            said = new TokenClaims(Long.parseLong(user), claims.getSubject(), session, claims.getId());
        } catch (NumberFormatException e) {
            throw InvalidToken.invalid("user claim is no id");
        }
        Date expiration = claims.getExpiration();
        if (expiration != null) {
            verified.put(token, new Verified(said, kind.claim, expiration.toInstant()));
        }
        return said;
    }
}
