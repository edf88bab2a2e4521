package dev.ollass.api.auth.session;

/**
 * What a verified token says.
 *
 * @param userId the {@code user} claim (the original's: the user id, written as a string)
 * @param subject the {@code sub} claim (the original's: the provider's id of the person)
 * @param sessionId the {@code sid} claim: the session (refresh-token family) the token belongs to
 * @param tokenId the {@code jti} claim
 */
record TokenClaims(long userId, String subject, String sessionId, String tokenId) {}
