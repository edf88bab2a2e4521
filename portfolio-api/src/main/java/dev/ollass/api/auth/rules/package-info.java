/** The rules a nickname and a password must meet: pure, no Spring. */
@NullMarked
@PureDomain
package dev.ollass.api.auth.rules;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
