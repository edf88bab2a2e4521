package dev.ollass.api.auth.signin;

/**
 * Verifies what an OAuth client sends for one provider (an ID token for Google and Kakao, an access
 * token for Naver) and says who it belongs to. Refusals are {@code dev.ollass.web.ProblemException}s
 * with the original's codes: 400 {@code INVALID_<PROVIDER>_TOKEN}, 401 {@code MISSING_SOCIAL_ID},
 * 401 {@code MISSING_EMAIL}.
 */
public interface ProviderTokenVerifier {

    IdentityProvider provider();

    VerifiedIdentity verify(String token);
}
