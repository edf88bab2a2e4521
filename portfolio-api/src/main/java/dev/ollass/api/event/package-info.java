/** The original's event endpoints ({@code /api/event/v1}): a user's consent to share their portfolio. */
@NullMarked
package dev.ollass.api.event;

import org.jspecify.annotations.NullMarked;
