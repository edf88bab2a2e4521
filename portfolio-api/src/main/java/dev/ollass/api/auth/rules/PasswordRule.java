package dev.ollass.api.auth.rules;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a local account's password must be: 10 to 64 characters and at most 72 bytes (BCrypt reads no
 * more), not one of the commonly used passwords, and not the account's own e-mail or its name part.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    /** @param common commonly used passwords, compared without case */
    public PasswordRule(Set<String> common) {
        this.common = common.stream()
                .map(password -> password.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Why {@code password} is refused for the account {@code email}, or empty when it is fine. */
    public Optional<String> refusal(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH
                || length > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters (at most "
                    + MAX_BYTES + " bytes).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This password is one of the most commonly used ones; choose another.");
        }
        String mail = email.toLowerCase(Locale.ROOT);
        int at = mail.indexOf('@');
        String name = at > 0 ? mail.substring(0, at) : mail;
        if (lower.equals(mail) || lower.equals(name)) {
            return Optional.of("A password must not be the e-mail address or its name part.");
        }
        return Optional.empty();
    }
}
