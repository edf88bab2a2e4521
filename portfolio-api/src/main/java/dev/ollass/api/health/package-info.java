/** The original's liveness endpoint. */
@NullMarked
package dev.ollass.api.health;

import org.jspecify.annotations.NullMarked;
