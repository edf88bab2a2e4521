package dev.ollass.api.auth.signin;

/**
 * Opens a session for a verified caller: finds the user by (provider, subject), creating it on first
 * sign-in (e-mail stored at creation only, as in the original), and issues a fresh access and refresh
 * token pair.
 */
public interface SessionIssuer {

    TokenPair signIn(VerifiedIdentity identity);
}
