package dev.ollass.stack.junit;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which servers the tests of a JVM get, from the system property {@value #PROPERTY}: the local stack (the default, no
 * Docker) or the production images through Testcontainers ({@code containers}, which Maven's {@code -Pcontainers}
 * sets).
 */
enum Servers {
    LOCAL,
    CONTAINERS;

    static final String PROPERTY = "ollass.stack";

    static Servers chosen() {
        return parse(System.getProperty(PROPERTY));
    }

    static Servers parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return LOCAL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> LOCAL;
            case "containers" -> CONTAINERS;
            default ->
                throw new IllegalArgumentException(
                        PROPERTY + " is 'local' (the default) or 'containers', not '" + value + "'");
        };
    }
}
