/** The original's user endpoints: {@code GET /user}, {@code GET} and {@code PUT /nickname}, {@code POST /user/delete}. */
@NullMarked
package dev.ollass.api.auth.profile;

import org.jspecify.annotations.NullMarked;
