package dev.ollass.stack.junit;

import dev.ollass.stack.LocalStack;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts one {@link LocalStack} per test JVM, on free ports in a temporary directory, before the first test class
 * that uses it, and stops it when the JVM's tests end.
 *
 * <p>The stack is kept in the root context's store, which closes it after the last test; a JVM shutdown hook stops
 * it too when {@link #stack()} was called without the extension. Tests share the servers, so they should use their
 * own topics' keys, schemas, Redis keys or consumer groups, or tolerate each other's data.
 */
public final class LocalStackExtension implements BeforeAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(LocalStackExtension.class);

    private static @Nullable SharedStack shared;
    private static @Nullable RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedStack.class, key -> shared(), SharedStack.class);
    }

    /** The shared stack, started now if no test class has started it yet. */
    public static LocalStack stack() {
        return shared().stack();
    }

    private static synchronized SharedStack shared() {
        if (startFailure != null) {
            // Every test class would otherwise wait for the same failing start again.
            throw new IllegalStateException("The local stack failed to start earlier in this JVM", startFailure);
        }
        if (shared == null || shared.isClosed()) {
            try {
                shared = SharedStack.start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return shared;
    }
}
