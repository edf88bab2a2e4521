package dev.ollass.api.auth.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The original's refresh body: {@code {"refresh_token": ...}}. */
record RefreshRequest(
        @JsonProperty("refresh_token") @Nullable String refreshToken) {}
