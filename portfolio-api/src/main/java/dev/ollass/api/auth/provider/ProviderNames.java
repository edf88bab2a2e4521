package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import java.util.Locale;

/** How problems name a provider: {@code Google}, and the original's error code {@code INVALID_GOOGLE_TOKEN}. */
final class ProviderNames {

    private ProviderNames() {}

    static String displayName(IdentityProvider provider) {
        String wire = provider.wireName();
        return wire.substring(0, 1).toUpperCase(Locale.ROOT) + wire.substring(1);
    }

    static String invalidTokenCode(IdentityProvider provider) {
        return "INVALID_" + provider.name() + "_TOKEN";
    }
}
