/** What the architecture rules need from production code: the pure-domain package marker. */
@NullMarked
package dev.ollass.architecture;

import org.jspecify.annotations.NullMarked;
