/** Local accounts (e-mail and password), their failed-login limits, and the local run's demo account. */
@NullMarked
package dev.ollass.api.auth.local;

import org.jspecify.annotations.NullMarked;
