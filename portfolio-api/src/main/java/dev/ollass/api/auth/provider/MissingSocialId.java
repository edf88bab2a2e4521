package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A genuine token that names nobody (no {@code sub}, no Naver {@code response.id}): 401 as in the original. */
class MissingSocialId extends ProblemException {

    MissingSocialId(IdentityProvider provider, String field) {
        super(
                HttpStatus.UNAUTHORIZED,
                "missing-social-id",
                "Missing social id",
                "The " + ProviderNames.displayName(provider) + " token does not say whose it is.",
                field);
        getBody().setProperty("code", "MISSING_SOCIAL_ID");
    }
}
