/** The portfolio API. */
@NullMarked
package dev.ollass.api;

import org.jspecify.annotations.NullMarked;
