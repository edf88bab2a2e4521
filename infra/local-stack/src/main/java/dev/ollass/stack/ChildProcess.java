package dev.ollass.stack;

/**
 * A native server process the stack started as a child of this JVM.
 *
 * @param name the server, e.g. {@code MariaDB}
 * @param pid its operating-system process id
 */
public record ChildProcess(String name, long pid) {}
