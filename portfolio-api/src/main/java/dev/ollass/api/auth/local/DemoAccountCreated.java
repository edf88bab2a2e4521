package dev.ollass.api.auth.local;

/**
 * The local run created its demo account (only then: a restart that finds it publishes nothing), so that
 * other features can give it something to show.
 *
 * @param userId the demo user
 */
public record DemoAccountCreated(long userId) {}
