package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A genuine token without an e-mail (the person did not consent to share it): 401 as in the
 * original, which requires one for every user.
 */
class MissingEmail extends ProblemException {

    MissingEmail(IdentityProvider provider, String field) {
        super(
                HttpStatus.UNAUTHORIZED,
                "missing-email",
                "Missing e-mail",
                "The " + ProviderNames.displayName(provider) + " account shares no e-mail address.",
                field);
        getBody().setProperty("code", "MISSING_EMAIL");
    }
}
