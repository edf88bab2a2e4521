/** Errors as RFC 9457 problem details that also carry the original's status_code, detail and field. */
@NullMarked
package dev.ollass.api.problem;

import org.jspecify.annotations.NullMarked;
