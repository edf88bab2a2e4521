/** The launcher: the local stack plus the four services, each in its own JVM, health-checked. */
@NullMarked
package dev.ollass.launcher;

import org.jspecify.annotations.NullMarked;
