package dev.ollass.api.auth.local;

import org.jspecify.annotations.Nullable;

/** The body of {@code /local/signup} and {@code /local/login}: {@code {"email": ..., "password": ...}}. */
record Credentials(@Nullable String email, @Nullable String password) {}
