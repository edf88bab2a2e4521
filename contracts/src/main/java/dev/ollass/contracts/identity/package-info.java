/** Events about users and their accounts, published by the portfolio API. */
@NullMarked
@PureDomain
package dev.ollass.contracts.identity;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
