/**
 * Sign-in with Google, Kakao and Naver: each provider's token is verified into a {@link
 * dev.ollass.api.auth.signin.VerifiedIdentity} (Google and Kakao ID tokens locally, against the
 * provider's published keys; Naver access tokens through its profile API), and the endpoints of
 * {@code /api/auth/v1} hand that identity to the {@link dev.ollass.api.auth.signin.SessionIssuer}.
 */
@NullMarked
package dev.ollass.api.auth.provider;

import org.jspecify.annotations.NullMarked;
