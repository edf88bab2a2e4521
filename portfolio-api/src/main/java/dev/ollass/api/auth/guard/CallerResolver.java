package dev.ollass.api.auth.guard;

import dev.ollass.api.auth.session.Caller;
import dev.ollass.api.auth.session.Sessions;
import dev.ollass.web.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The guard: a handler that takes a {@link Caller} runs only for a bearer access token of a live
 * session of an existing user. Refusals are thrown as problems, so they leave as RFC 9457 bodies like
 * every other error (a servlet filter would have to write them itself), and an endpoint that needs the
 * caller cannot forget to be guarded.
 */
final class CallerResolver implements HandlerMethodArgumentResolver {

    private static final String BEARER = "Bearer ";

    private final ObjectProvider<Sessions> sessions;

    CallerResolver(ObjectProvider<Sessions> sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            @Nullable WebDataBinderFactory binderFactory) {
        String authorization = webRequest.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw notAuthenticated();
        }
        return sessions.getObject()
                .authenticate(authorization.substring(BEARER.length()).strip());
    }

    private static ProblemException notAuthenticated() {
        var problem = new ProblemException(
                HttpStatus.UNAUTHORIZED,
                "authentication-required",
                "Authentication required",
                "Not authenticated: send 'Authorization: Bearer <access_token>'.",
                "Authorization");
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ollass\"");
        return problem;
    }
}
