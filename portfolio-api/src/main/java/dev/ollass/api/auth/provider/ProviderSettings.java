package dev.ollass.api.auth.provider;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the API reaches the sign-in providers ({@code ollass.auth.providers.*}). A provider whose
 * client id is not set is switched off: its endpoint answers 503 instead of accepting any token.
 * The client ids are read from {@code OLLASS_GOOGLE_CLIENT_ID}, {@code OLLASS_KAKAO_CLIENT_ID} and
 * {@code OLLASS_NAVER_CLIENT_ID} (application.properties); everything else has a default that
 * Boot's relaxed binding lets the environment override ({@code OLLASS_AUTH_PROVIDERS_READTIMEOUT=2s: dashes are left out}).
 *
 * @param google Google's settings
 * @param kakao Kakao's settings
 * @param naver Naver's settings
 * @param connectTimeout how long to wait for a provider's server to accept a connection (default 3 s)
 * @param readTimeout how long to wait for a provider's answer (default 5 s); past it the sign-in is
 *     answered 502, never left hanging
 * @param keyCacheTimeToLive how long a fetched key set is used before it is fetched again (default 15
 *     min); a token signed with a key not in the set fetches it at once, whatever its age
 * @param keyRefreshMinInterval how often one key set may be fetched (default 30 s: at most twice in
 *     each such interval, Nimbus's rate limit), so that tokens with made-up key ids cannot make us
 *     hammer the provider (Kakao blocks callers that fetch its keys too often); a token that would
 *     need one fetch more is answered 502, try again later. Zero for no limit
 * @param clockSkew how far a token's expiry may lie in the past, for clocks that disagree (default 60 s)
 */
@ConfigurationProperties("ollass.auth.providers")
public record ProviderSettings(
        @DefaultValue Google google,
        @DefaultValue Kakao kakao,
        @DefaultValue Naver naver,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("15m") Duration keyCacheTimeToLive,
        @DefaultValue("30s") Duration keyRefreshMinInterval,
        @DefaultValue("60s") Duration clockSkew) {

    /**
     * @param clientIds the OAuth client ids of our Google apps (web, Android, iOS): an ID token's
     *     audience must be one of them ({@code OLLASS_GOOGLE_CLIENT_ID}, comma separated)
     * @param jwksUri Google's published signing keys ({@code OLLASS_AUTH_PROVIDERS_GOOGLE_JWKSURI})
     * @param issuers the issuers Google's ID tokens name; Google documents both spellings
     */
    public record Google(
            @DefaultValue List<String> clientIds,

            @DefaultValue("https://www.googleapis.com/oauth2/v3/certs")
            URI jwksUri,

            @DefaultValue({"https://accounts.google.com", "accounts.google.com"})
            List<String> issuers) {}

    /**
     * @param clientIds the app keys (REST API keys) of our Kakao apps: an ID token's audience must
     *     be one of them ({@code OLLASS_KAKAO_CLIENT_ID}, comma separated)
     * @param jwksUri Kakao's published signing keys ({@code OLLASS_AUTH_PROVIDERS_KAKAO_JWKSURI})
     * @param issuer the issuer Kakao's ID tokens name
     */
    public record Kakao(
            @DefaultValue List<String> clientIds,

            @DefaultValue("https://kauth.kakao.com/.well-known/jwks.json")
            URI jwksUri,

            @DefaultValue("https://kauth.kakao.com") String issuer) {}

    /**
     * @param clientId the client id of our Naver app ({@code OLLASS_NAVER_CLIENT_ID}); it switches
     *     Naver sign-in on. Naver's profile API does not say which app a token was issued to, so it
     *     cannot be checked against the token (the original did not either)
     * @param userInfoUri Naver's profile API ({@code OLLASS_AUTH_PROVIDERS_NAVER_USERINFOURI})
     */
    public record Naver(
            @DefaultValue("") String clientId,

            @DefaultValue("https://openapi.naver.com/v1/nid/me")
            URI userInfoUri) {}
}
