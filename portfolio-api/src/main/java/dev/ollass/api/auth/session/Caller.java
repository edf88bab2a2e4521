package dev.ollass.api.auth.session;

/**
 * Who called a personal endpoint, as the guard proved it; a controller method that declares a
 * parameter of this type is guarded.
 *
 * @param userId the user (the token's {@code user} claim)
 * @param sessionId the session the access token belongs to
 */
public record Caller(long userId, String sessionId) {}
