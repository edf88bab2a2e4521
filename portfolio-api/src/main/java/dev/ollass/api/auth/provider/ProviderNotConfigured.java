package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No client id is configured for this provider: without one no token can be checked, so none is accepted. */
class ProviderNotConfigured extends ProblemException {

    ProviderNotConfigured(IdentityProvider provider) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "sign-in-provider-not-configured",
                "Sign-in provider not configured",
                provider.wireName() + " sign-in is not configured on this server.",
                "");
    }
}
