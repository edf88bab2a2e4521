package dev.ollass.api.auth.guard;

import dev.ollass.api.auth.AuthSettings;
import dev.ollass.api.auth.session.Caller;
import dev.ollass.api.auth.session.Sessions;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the guard, CORS and Swagger UI's bearer scheme. Every endpoint whose handler takes a
 * {@link Caller} is guarded and is shown with the bearer requirement, so "Authorize" in Swagger UI
 * with an access token from a sign-in lets a person try it.
 */
@Configuration(proxyBeanMethods = false)
// Declared here too, so that web slices, which see WebMvcConfigurers only, have the settings.
@EnableConfigurationProperties(AuthSettings.class)
@SecurityScheme(
        name = GuardConfiguration.BEARER_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access_token from /api/auth/v1/local/login, /local/signup, /google, /kakao, /naver or"
                + " /refresh")
class GuardConfiguration implements WebMvcConfigurer {

    static final String BEARER_SCHEME = "bearer";

    static {
        // The caller comes from the Authorization header, not from a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    // Looked up per request: web slices (@WebMvcTest) of unguarded controllers run without sessions.
    private final ObjectProvider<Sessions> sessions;
    private final AuthSettings settings;

    GuardConfiguration(ObjectProvider<Sessions> sessions, AuthSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver(sessions));
    }

    /**
     * The original's CORS: its origins, its methods and headers. No credentials: sessions travel in the
     * Authorization header, never in cookies, so a page of another origin gains nothing from them. The
     * original allowed every origin with credentials outside production (spec §12.1 S6); here {@code *}
     * is accepted only in the local run ({@link AuthSettings}).
     */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (settings.allowedOrigins().isEmpty()) {
            return;
        }
        registry.addMapping("/**")
                .allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "DELETE")
                .allowedHeaders("Authorization", "Content-Type")
                .allowCredentials(false);
    }

    @Bean
    OperationCustomizer bearerRequirementOnGuardedOperations() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == Caller.class)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
            }
            return operation;
        };
    }
}
