/**
 * Sessions: a short-lived access token and a rotating refresh token per session (jjwt, HMAC), the
 * session state in Redis under {@code auth:}.
 */
@NullMarked
package dev.ollass.api.auth.session;

import org.jspecify.annotations.NullMarked;
