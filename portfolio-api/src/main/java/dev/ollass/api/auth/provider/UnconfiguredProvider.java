package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.ProviderTokenVerifier;
import dev.ollass.api.auth.signin.VerifiedIdentity;

/** Stands for a provider without a client id: it refuses every token, since none can be checked. */
record UnconfiguredProvider(IdentityProvider provider) implements ProviderTokenVerifier {

    @Override
    public VerifiedIdentity verify(String token) {
        throw new ProviderNotConfigured(provider);
    }
}
