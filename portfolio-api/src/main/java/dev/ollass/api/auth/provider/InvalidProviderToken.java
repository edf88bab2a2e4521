package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The provider did not vouch for the token: a bad signature, another app's token, an expired one,
 * or one the provider refused. 400 as in the original, whose code ({@code INVALID_GOOGLE_TOKEN},
 * ...) the problem carries in {@code code}.
 */
class InvalidProviderToken extends ProblemException {

    InvalidProviderToken(IdentityProvider provider, String field) {
        super(
                HttpStatus.BAD_REQUEST,
                "invalid-" + provider.wireName() + "-token",
                "Invalid " + ProviderNames.displayName(provider) + " token",
                "The " + ProviderNames.displayName(provider) + " token could not be verified.",
                field);
        getBody().setProperty("code", ProviderNames.invalidTokenCode(provider));
    }
}
