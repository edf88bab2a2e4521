/** The completeness audit: which configured symbols lack a bar for a finished trading day. */
@NullMarked
package dev.ollass.projector.audit;

import org.jspecify.annotations.NullMarked;
