package dev.ollass.api.auth.provider;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.ProviderTokenVerifier;
import dev.ollass.api.auth.signin.SessionIssuer;
import dev.ollass.api.auth.signin.TokenPair;
import dev.ollass.api.openapi.ProblemSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The original's OAuth sign-in endpoints: the client signs in with the provider itself and sends
 * us what it got (an ID token from Google or Kakao, an access token from Naver); we verify it and
 * open a session.
 */
@RestController
@RequestMapping("/api/auth/v1")
@Tag(name = "auth", description = "Sign-in and sessions")
class ProviderSignInController {

    /**
     * What the three sign-in operations answer alike, written once: springdoc reads the responses
     * through this annotation. The provider's name is in each operation's summary.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @ApiResponse(responseCode = "200", description = "a new access and refresh token")
    @ApiResponse(
            responseCode = "400",
            description = "no token, or one the provider did not issue for this app (INVALID_<PROVIDER>_TOKEN)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    @ApiResponse(
            responseCode = "401",
            description = "a genuine token without a subject (MISSING_SOCIAL_ID) or an e-mail (MISSING_EMAIL)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    @ApiResponse(
            responseCode = "502",
            description = "the provider's keys or profile could not be fetched in time",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    @ApiResponse(
            responseCode = "503",
            description = "this provider's sign-in is not configured on this server",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = ProblemSchema.REF)))
    @interface SignInAnswers {}

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final Map<IdentityProvider, ProviderTokenVerifier> verifiers = new EnumMap<>(IdentityProvider.class);
    private final SessionIssuer sessions;

    ProviderSignInController(List<ProviderTokenVerifier> verifiers, SessionIssuer sessions) {
        verifiers.forEach(verifier -> this.verifiers.put(verifier.provider(), verifier));
        this.sessions = sessions;
    }

    /** The original's {@code {"id_token": ...}}. */
    record IdTokenRequest(
            @JsonProperty("id_token") @Nullable String idToken) {}

    /** The original's {@code {"access_token": ...}}. */
    record AccessTokenRequest(
            @JsonProperty("access_token") @Nullable String accessToken) {}

    @PostMapping("/google")
    @SignInAnswers
    @Operation(summary = "Sign in with a Google ID token; the user is created on first sign-in")
    TokenPair google(@RequestBody(required = false) @Nullable IdTokenRequest body) {
        return signIn(IdentityProvider.GOOGLE, body != null ? body.idToken() : null, IdTokenVerifier.FIELD);
    }

    @PostMapping("/kakao")
    @SignInAnswers
    @Operation(summary = "Sign in with a Kakao OpenID Connect ID token; the user is created on first sign-in")
    TokenPair kakao(@RequestBody(required = false) @Nullable IdTokenRequest body) {
        return signIn(IdentityProvider.KAKAO, body != null ? body.idToken() : null, IdTokenVerifier.FIELD);
    }

    @PostMapping("/naver")
    @SignInAnswers
    @Operation(summary = "Sign in with a Naver access token; the user is created on first sign-in")
    TokenPair naver(@RequestBody(required = false) @Nullable AccessTokenRequest body) {
        return signIn(IdentityProvider.NAVER, body != null ? body.accessToken() : null, NaverTokenVerifier.FIELD);
    }

    private TokenPair signIn(IdentityProvider provider, @Nullable String token, String field) {
        if (token == null || token.isBlank()) {
            throw new MissingProviderToken(field);
        }
        ProviderTokenVerifier verifier = verifiers.get(provider);
        if (verifier == null) {
            throw new ProviderNotConfigured(provider);
        }
        return sessions.signIn(verifier.verify(token.strip()));
    }
}
