package dev.ollass.api.auth.signin;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The original's sign-in answer: {@code {"access_token": ..., "refresh_token": ...}}. */
public record TokenPair(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken) {}
