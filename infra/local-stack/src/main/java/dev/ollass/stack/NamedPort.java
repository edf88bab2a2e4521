package dev.ollass.stack;

/**
 * A TCP port the stack listens on, with the name of the server that owns it.
 *
 * @param name the server, e.g. {@code Kafka}
 * @param port the port on localhost
 */
public record NamedPort(String name, int port) {}
