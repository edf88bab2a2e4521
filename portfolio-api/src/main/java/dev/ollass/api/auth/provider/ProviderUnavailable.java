package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The provider could not be asked (timeout, refused connection, a 5xx, an answer we cannot read):
 * 502, so that a client retries later instead of telling the person their token is bad. Whoever
 * raises it logs the cause: the problem does not carry it.
 */
class ProviderUnavailable extends ProblemException {

    ProviderUnavailable(IdentityProvider provider, String field) {
        super(
                HttpStatus.BAD_GATEWAY,
                "sign-in-provider-unavailable",
                "Sign-in provider unavailable",
                ProviderNames.displayName(provider) + " could not be reached to verify the token; try again later.",
                field);
    }
}
