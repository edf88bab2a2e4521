package dev.ollass.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the operator credential ({@code ollass.operator.*}; {@code OLLASS_OPERATOR_TOKEN} and
 * {@code OLLASS_OPERATOR_AUTH} in the environment).
 *
 * @param token the credential operator endpoints require as {@code Authorization: Bearer <token>};
 *     from the environment only, never from a file in git. Unset (or blank) with {@code auth=token},
 *     operator endpoints refuse every request
 * @param auth {@code token} (the default: secure unless told otherwise) or {@code none}, which only
 *     the local run sets, where every service listens on loopback only
 */
@ConfigurationProperties("ollass.operator")
public record OperatorSettings(
        @Nullable String token, @DefaultValue("token") Auth auth) {

    /** Whether operator endpoints require the credential. */
    public enum Auth {
        TOKEN,
        NONE
    }
}
