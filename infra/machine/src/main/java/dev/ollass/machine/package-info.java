/** What a benchmark's figures were measured on and what else ran meanwhile, for every benchmark of the project. */
@NullMarked
package dev.ollass.machine;

import org.jspecify.annotations.NullMarked;
