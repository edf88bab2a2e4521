package dev.ollass.api.auth.signin;

/**
 * A caller whose provider token (or local password) has been verified.
 *
 * @param provider who vouched
 * @param subject the provider's stable id of the person (Google/Kakao {@code sub}, Naver
 *     {@code response.id}, a local account's own id); unique only together with {@code provider}
 * @param email the e-mail the provider gave; required, as in the original
 */
public record VerifiedIdentity(IdentityProvider provider, String subject, String email) {}
