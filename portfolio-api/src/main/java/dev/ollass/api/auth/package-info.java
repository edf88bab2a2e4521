/**
 * Sign-in and sessions: local accounts, OAuth providers ({@code provider}), sessions, the guard of
 * personal endpoints, users.
 */
@NullMarked
package dev.ollass.api.auth;

import org.jspecify.annotations.NullMarked;
