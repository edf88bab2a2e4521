package dev.ollass.api.auth.user;

import org.jspecify.annotations.Nullable;

/** One row of {@code user}. */
public record UserRow(
        long id,
        String provider,
        String socialId,
        @Nullable String nickname,
        @Nullable String email) {}
