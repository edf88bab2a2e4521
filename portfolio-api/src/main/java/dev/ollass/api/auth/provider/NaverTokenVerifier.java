package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.ProviderTokenVerifier;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Checks a Naver access token by asking Naver's profile API who it belongs to, as the original did:
 * Naver issues no ID token to verify locally. A 4xx (Naver answers 401 for a bad or expired token)
 * or a {@code resultcode} other than {@code 00} refuses the token; a 5xx, a timeout or an answer we
 * cannot read is an outage, not the caller's fault.
 */
final class NaverTokenVerifier implements ProviderTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(NaverTokenVerifier.class);
    static final String FIELD = "access_token";
    private static final String SUCCESS = "00";

    private final RestClient naver;
    private final URI userInfoUri;

    NaverTokenVerifier(RestClient.Builder builder, ProviderSettings settings) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.readTimeout());
        this.naver = builder.requestFactory(requests).build();
        this.userInfoUri = settings.naver().userInfoUri();
    }

    @Override
    public IdentityProvider provider() {
        return IdentityProvider.NAVER;
    }

    @Override
    public VerifiedIdentity verify(String accessToken) {
        Profile.Response person = profile(accessToken);
        if (person == null || isBlank(person.id())) {
            throw new MissingSocialId(IdentityProvider.NAVER, FIELD);
        }
        if (isBlank(person.email())) {
            throw new MissingEmail(IdentityProvider.NAVER, FIELD);
        }
        return new VerifiedIdentity(IdentityProvider.NAVER, person.id(), person.email());
    }

    private Profile.@Nullable Response profile(String accessToken) {
        Profile answer;
        try {
            answer = naver.get()
                    .uri(userInfoUri)
                    .headers(headers -> headers.setBearerAuth(accessToken))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
                        log.debug("Naver refused an access token: {}", response.getStatusCode());
                        throw new InvalidProviderToken(IdentityProvider.NAVER, FIELD);
                    })
                    .body(Profile.class);
        } catch (RestClientException e) {
            log.warn(
                    "Naver's profile API could not be used: {}",
                    e.getMostSpecificCause().toString());
            throw new ProviderUnavailable(IdentityProvider.NAVER, FIELD);
        }
        if (answer == null || !SUCCESS.equals(answer.resultcode())) {
            throw new InvalidProviderToken(IdentityProvider.NAVER, FIELD);
        }
        return answer.response();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Naver's documented answer: {@code {"resultcode":"00","message":"success","response":{"id":...}}}. */
    record Profile(
            @Nullable String resultcode,
            @Nullable String message,
            @Nullable Response response) {

        record Response(@Nullable String id, @Nullable String email) {}
    }
}
