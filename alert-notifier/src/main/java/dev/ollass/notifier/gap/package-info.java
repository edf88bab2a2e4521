/** Missing-data alerts: one e-mail per symbol and expected trading date. */
@NullMarked
package dev.ollass.notifier.gap;

import org.jspecify.annotations.NullMarked;
