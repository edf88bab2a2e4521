/** The alert notifier: e-mail for missing market data (and, later, users' price alerts). */
@NullMarked
package dev.ollass.notifier;

import org.jspecify.annotations.NullMarked;
