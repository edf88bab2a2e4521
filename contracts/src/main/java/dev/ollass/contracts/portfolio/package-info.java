/** Events about users' portfolios, published by the portfolio API. */
@NullMarked
@PureDomain
package dev.ollass.contracts.portfolio;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
