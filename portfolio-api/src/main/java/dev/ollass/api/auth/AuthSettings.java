package dev.ollass.api.auth;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings ({@code ollass.auth.*}).
 *
 * @param localRun set only by the launcher for the run on one machine: allows CORS {@code *} and the demo account
 * @param jwt how tokens are signed and how long they live
 * @param local local (e-mail and password) accounts
 * @param demo the local run's demo account; ignored unless {@code localRun}
 * @param allowedOrigins CORS origins (the original's {@code ALLOWED_ORIGINS}); empty: no cross-origin access;
 *     {@code *} only in the local run
 */
@ConfigurationProperties("ollass.auth")
public record AuthSettings(
        @DefaultValue("false") boolean localRun,
        @DefaultValue Jwt jwt,
        @DefaultValue Local local,
        @DefaultValue Demo demo,
        @DefaultValue List<String> allowedOrigins) {

    public AuthSettings {
        allowedOrigins = allowedOrigins.stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        if (allowedOrigins.contains("*") && !localRun) {
            throw new IllegalStateException("OLLASS_ALLOWED_ORIGINS=* lets every web page call this API: allowed"
                    + " only in the local run. List the web client's origins instead.");
        }
    }

    /**
     * @param secret the HMAC key ({@code OLLASS_JWT_SECRET}), at least 32 bytes (64 for HS512); required
     * @param algorithm {@code HS256} or {@code HS512}; tokens signed with anything else are refused
     * @param issuer the {@code iss} written and required
     * @param audience the {@code aud} written and required
     * @param accessTtl how long an access token works (the original: 30 days)
     * @param refreshTtl how long a session lasts without a refresh
     */
    public record Jwt(
            @Nullable String secret,
            @DefaultValue("HS256") String algorithm,
            @DefaultValue("ollass") String issuer,
            @DefaultValue("ollass-api") String audience,
            @DefaultValue("15m") Duration accessTtl,
            @DefaultValue("14d") Duration refreshTtl) {}

    /**
     * @param enabled whether {@code /local/signup} and {@code /local/login} serve
     * @param failuresPerAccount failed logins allowed per e-mail within {@code failureWindow}
     * @param failuresPerAddress failed logins allowed per client address within {@code failureWindow}
     * @param failureWindow the time in which the allowance refills
     */
    public record Local(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5") int failuresPerAccount,
            @DefaultValue("20") int failuresPerAddress,
            @DefaultValue("15m") Duration failureWindow) {}

    /** The demo account the local run creates ({@code OLLASS_DEMO_EMAIL}, {@code OLLASS_DEMO_PASSWORD}). */
    public record Demo(@Nullable String email, @Nullable String password) {}
}
