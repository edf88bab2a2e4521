package dev.ollass.api.auth.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ollass.api.auth.AuthSettings;
import dev.ollass.api.auth.signin.SessionIssuer;
import dev.ollass.api.auth.signin.TokenPair;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import dev.ollass.api.auth.user.UserRow;
import dev.ollass.api.auth.user.Users;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Opens, verifies, rotates and ends sessions. A session is a family of refresh tokens of which only
 * the newest works; each refresh returns a new pair, and presenting an older refresh token ends the
 * session (someone else has it). An access token works while its session lives and its user exists.
 */
@Service
public class Sessions implements SessionIssuer {

    private final TokenCodec tokens;
    private final SessionStore store;
    private final Users users;
    private final AuthSettings.Jwt settings;

    /**
     * Users this instance saw to exist in the last second: one SQL query per request was a twentieth of the
     * API's CPU under load, for a check that only matters when an account was deleted without its sessions ending.
     */
    private final Cache<Long, Boolean> existing = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(1))
            .build();

    Sessions(AuthSettings settings, SessionStore store, Users users) {
        this.settings = settings.jwt();
        // Wall-clock time drives token expiry, never the market clock.
        this.tokens = new TokenCodec(settings.jwt(), Clock.systemUTC());
        this.store = store;
        this.users = users;
    }

    @Override
    public TokenPair signIn(VerifiedIdentity identity) {
        return open(users.findOrCreate(identity.provider(), identity.subject(), identity.email()));
    }

    /** A new session of {@code user}. */
    public TokenPair open(UserRow user) {
        var claims = new TokenClaims(user.id(), user.socialId(), newId(), newId());
        store.open(user.id(), claims.sessionId(), claims.tokenId(), settings.refreshTtl());
        return pair(claims);
    }

    /** A new pair for the session of {@code refreshToken}, which stops working. */
    public TokenPair refresh(String refreshToken) {
        TokenClaims presented = tokens.verify(refreshToken, TokenKind.REFRESH);
        if (!users.exists(presented.userId())) {
            store.endAll(presented.userId());
            throw InvalidToken.invalid("the user no longer exists");
        }
        var next = new TokenClaims(presented.userId(), presented.subject(), presented.sessionId(), newId());
        return switch (store.rotate(
                presented.userId(),
                presented.sessionId(),
                presented.tokenId(),
                next.tokenId(),
                settings.refreshTtl())) {
            case ROTATED -> pair(next);
            case REUSED -> throw InvalidToken.reused();
            case GONE -> throw InvalidToken.invalid("the session has ended");
        };
    }

    /** The caller of a valid access token of a live session of an existing user. */
    public Caller authenticate(String accessToken) {
        TokenClaims claims = tokens.verify(accessToken, TokenKind.ACCESS);
        if (!store.isLive(claims.userId(), claims.sessionId())) {
            throw InvalidToken.invalid("the session has ended");
        }
        // The original trusted the token alone (spec §12.1 S7): a deleted user's token kept working. Deleting an
        // account ends its sessions, so this is the second line: a user seen to exist is taken to for a second.
        if (existing.getIfPresent(claims.userId()) == null) {
            if (!users.exists(claims.userId())) {
                throw InvalidToken.invalid("the user no longer exists");
            }
            existing.put(claims.userId(), Boolean.TRUE);
        }
        return new Caller(claims.userId(), claims.sessionId());
    }

    /** Ends one session: its access and refresh tokens stop working. */
    public void end(Caller caller) {
        store.end(caller.userId(), caller.sessionId());
    }

    /** Ends every session of the user. */
    public void endAll(long userId) {
        existing.invalidate(userId);
        store.endAll(userId);
    }

    private TokenPair pair(TokenClaims claims) {
        return new TokenPair(
                tokens.issue(TokenKind.ACCESS, claims, settings.accessTtl()),
                tokens.issue(TokenKind.REFRESH, claims, settings.refreshTtl()));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
