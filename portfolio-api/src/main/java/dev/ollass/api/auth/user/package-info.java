/** The {@code user} table of the API's own schema: finding, creating, renaming and removing users. */
@NullMarked
package dev.ollass.api.auth.user;

import org.jspecify.annotations.NullMarked;
