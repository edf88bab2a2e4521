package dev.ollass.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through to an {@link OperatorEndpoint} only with the operator credential. It
 * refuses by throwing a {@link ProblemException}, so the refusal is a problem like every other error.
 */
final class OperatorCredentialInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OperatorCredentialInterceptor.class);
    private static final String BEARER = "Bearer ";

    private final OperatorSettings settings;
    private final byte @Nullable [] expectedDigest;
    private final AtomicBoolean refusalExplained = new AtomicBoolean();

    OperatorCredentialInterceptor(OperatorSettings settings) {
        this.settings = settings;
        String token = settings.token();
        this.expectedDigest = token != null && !token.isBlank() ? sha256(token) : null;
        if (settings.auth() == OperatorSettings.Auth.NONE) {
            log.info("Operator endpoints accept requests without a credential (OLLASS_OPERATOR_AUTH=none):"
                    + " meant for the local run only, where every service listens on loopback");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOperatorEndpoint(method)) {
            return true;
        }
        if (settings.auth() == OperatorSettings.Auth.NONE) {
            return true;
        }
        if (expectedDigest == null) {
            if (refusalExplained.compareAndSet(false, true)) {
                log.warn("Operator endpoints refuse every request: OLLASS_OPERATOR_TOKEN is not set"
                        + " (set it, or OLLASS_OPERATOR_AUTH=none in a local run on loopback)");
            }
            throw new ProblemException(
                    HttpStatus.FORBIDDEN,
                    "operator-credential-not-configured",
                    "Operator endpoints are disabled",
                    "This service has no operator credential configured, so its operator endpoints refuse"
                            + " every request.",
                    "");
        }
        String presented = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        // Digests of equal length, compared in constant time: neither the content nor the length leaks.
        if (presented == null || !MessageDigest.isEqual(expectedDigest, sha256(presented))) {
            ProblemException refusal = new ProblemException(
                    HttpStatus.UNAUTHORIZED,
                    "operator-credential-required",
                    "Operator credential required",
                    "Operator endpoints need the operator token as 'Authorization: Bearer <token>'.",
                    "Authorization");
            refusal.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ollass-operator\"");
            throw refusal;
        }
        return true;
    }

    private static boolean isOperatorEndpoint(HandlerMethod method) {
        return method.hasMethodAnnotation(OperatorEndpoint.class)
                || method.getBeanType().isAnnotationPresent(OperatorEndpoint.class);
    }

    private static @Nullable String bearerToken(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
