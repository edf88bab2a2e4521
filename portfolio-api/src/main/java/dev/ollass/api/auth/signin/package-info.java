/**
 * The seam between proving who a caller is and giving them a session: a provider (Google, Kakao,
 * Naver, or a local account) yields a {@link dev.ollass.api.auth.signin.VerifiedIdentity}; the
 * {@link dev.ollass.api.auth.signin.SessionIssuer} finds or creates its user and opens a session.
 */
@NullMarked
package dev.ollass.api.auth.signin;

import org.jspecify.annotations.NullMarked;
