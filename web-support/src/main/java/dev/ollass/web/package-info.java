/**
 * The HTTP edge every Ollass service shares: every error, the servlet container's own included,
 * leaves as an RFC 9457 problem-details body that also carries the original's {@code status_code},
 * {@code detail} and {@code field}; operator endpoints ({@link dev.ollass.web.OperatorEndpoint})
 * require the operator credential. A service gets all of it by depending on this module.
 */
@NullMarked
package dev.ollass.web;

import org.jspecify.annotations.NullMarked;
