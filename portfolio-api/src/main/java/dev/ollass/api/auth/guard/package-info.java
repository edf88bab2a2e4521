/** The guard of personal endpoints (a bearer access token of a live session of an existing user), CORS, Swagger's bearer scheme. */
@NullMarked
package dev.ollass.api.auth.guard;

import org.jspecify.annotations.NullMarked;
