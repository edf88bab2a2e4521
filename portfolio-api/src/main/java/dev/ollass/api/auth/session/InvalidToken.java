package dev.ollass.api.auth.session;

import dev.ollass.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A token that does not open a session: 401 with the original's message. The type names the reason
 * a client can act on: sign in again ({@code invalid-token}, {@code token-expired}) or treat its
 * refresh token as stolen ({@code refresh-token-reused}).
 */
public class InvalidToken extends ProblemException {

    /** The original's message for every token it could not decode. */
    public static final String ORIGINAL_DETAIL = "유효하지 않은 JWT 토큰입니다.";

    private InvalidToken(String type, String title, String detail) {
        super(HttpStatus.UNAUTHORIZED, type, title, detail, "Authorization");
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ollass\", error=\"invalid_token\"");
    }

    public static InvalidToken invalid(String why) {
        return new InvalidToken("invalid-token", "Invalid token", ORIGINAL_DETAIL + " (" + why + ")");
    }

    public static InvalidToken expired() {
        return new InvalidToken("token-expired", "Token expired", "token이 만료되었습니다.");
    }

    public static InvalidToken reused() {
        return new InvalidToken(
                "refresh-token-reused",
                "Refresh token already used",
                "This refresh token was already used: the session is ended; sign in again.");
    }
}
