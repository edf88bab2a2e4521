/** Sharing one local stack between all test classes of a test JVM. */
@NullMarked
package dev.ollass.stack.junit;

import org.jspecify.annotations.NullMarked;
