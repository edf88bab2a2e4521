package dev.ollass.contracts.identity;

import java.time.Instant;

/**
 * A user deleted their account: every service that keeps data of theirs removes it. Keyed by the
 * user id (as a string), so replaying the topic deletes the same users again, harmlessly.
 *
 * @param userId the deleted user's id in the API's {@code user} table
 * @param deletedAt when the deletion committed
 */
public record UserDeleted(long userId, Instant deletedAt) {}
