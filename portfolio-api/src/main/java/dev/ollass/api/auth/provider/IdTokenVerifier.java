package dev.ollass.api.auth.provider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.ProviderTokenVerifier;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies an OpenID Connect ID token locally, against the provider's published keys: the
 * signature (RS256 only, so neither {@code alg: none} nor an HMAC keyed with the public key passes),
 * the issuer, the audience (one of our client ids) and the expiry. Google and Kakao both issue such
 * tokens; each gets its own instance.
 *
 * <p>The key set is fetched on first use and cached (Nimbus's {@link JWKSourceBuilder}); a token
 * signed with a key id the cached set lacks fetches the set again at once, which is how a
 * provider's key rotation is picked up, but no more often than the configured interval.
 */
final class IdTokenVerifier implements ProviderTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(IdTokenVerifier.class);
    static final String FIELD = "id_token";
    private static final int MAX_KEY_SET_BYTES = 256 * 1024;

    private final IdentityProvider provider;
    private final NimbusJwtDecoder decoder;

    IdTokenVerifier(
            IdentityProvider provider,
            URI jwksUri,
            Collection<String> issuers,
            Collection<String> audiences,
            ProviderSettings settings) {
        this.provider = provider;
        this.decoder = new NimbusJwtDecoder(processor(jwksUri, settings));
        JwtTimestampValidator timestamps = new JwtTimestampValidator(settings.clockSkew());
        // By default it lets a token without an expiry through; an ID token must have one.
        timestamps.setAllowEmptyExpiryClaim(false);
        this.decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                timestamps, claimIn(JwtClaimNames.ISS, Set.copyOf(issuers)), audienceIn(Set.copyOf(audiences)))));
    }

    private static DefaultJWTProcessor<SecurityContext> processor(URI jwksUri, ProviderSettings settings) {
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                millis(settings.connectTimeout()), millis(settings.readTimeout()), MAX_KEY_SET_BYTES);
        JWKSourceBuilder<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwksUri.toURL(), retriever);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a key set URL: " + jwksUri, e);
        }
        keys.cache(
                        settings.keyCacheTimeToLive().toMillis(),
                        settings.connectTimeout().plus(settings.readTimeout()).toMillis())
                .refreshAheadCache(false);
        long minInterval = settings.keyRefreshMinInterval().toMillis();
        JWKSource<SecurityContext> keySource =
                (minInterval > 0 ? keys.rateLimited(minInterval) : keys.rateLimited(false)).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource));
        // The claims are checked by Spring's validators above, as NimbusJwtDecoder's own builders do.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        return processor;
    }

    @Override
    public IdentityProvider provider() {
        return provider;
    }

    @Override
    public VerifiedIdentity verify(String token) {
        Jwt jwt = decode(token);
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new MissingSocialId(provider, FIELD);
        }
        String email = jwt.getClaimAsString("email");
        if (email == null || email.isBlank()) {
            throw new MissingEmail(provider, FIELD);
        }
        return new VerifiedIdentity(provider, subject, email);
    }

    private Jwt decode(String token) {
        try {
            return decoder.decode(token);
        } catch (BadJwtException e) {
            log.debug("{} ID token refused: {}", provider, e.getMessage());
            throw new InvalidProviderToken(provider, FIELD);
        } catch (JwtException e) {
            // No key set could be had: the provider is down, answered something that is no key set,
            // or was asked for its keys too often within the refresh interval (tokens with made-up
            // key ids). Not the caller's token's fault as far as we can tell: "try again later".
            log.warn("{} keys could not be fetched: {}", provider, e.getMessage());
            throw new ProviderUnavailable(provider, FIELD);
        }
    }

    private static OAuth2TokenValidator<Jwt> claimIn(String claim, Set<String> accepted) {
        return jwt -> accepted.contains(jwt.getClaimAsString(claim))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(invalid("The " + claim + " claim is not accepted"));
    }

    private static OAuth2TokenValidator<Jwt> audienceIn(Set<String> clientIds) {
        return jwt -> {
            List<String> audience = jwt.getAudience();
            return audience != null && audience.stream().anyMatch(clientIds::contains)
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(invalid("The token was issued to another app"));
        };
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error("invalid_token", description, null);
    }

    private static int millis(Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }
}
