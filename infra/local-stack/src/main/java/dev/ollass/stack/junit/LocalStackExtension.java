package dev.ollass.stack.junit;

import dev.ollass.stack.ContainerStack;
import dev.ollass.stack.LocalStack;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one {@link LocalStack} per test JVM, on free ports in a temporary directory, before the first test class
 * that uses it, and stops it when the JVM's tests end.
 *
 * <p>The stack is kept in the root context's store, which closes it after the last test; a JVM shutdown hook stops
 * it too when {@link #stack()} was called without the extension. Tests share the servers, so they should use their
 * own topics' keys, schemas, Redis keys or consumer groups, or tolerate each other's data.
 *
 * <p>With the system property {@code ollass.stack=containers} (Maven: {@code -Pcontainers}) the same tests get
 * production's servers from their Docker images instead ({@link ContainerStack}); without Docker they are skipped, and
 * one line says so. Without the property nothing looks for Docker.
 */
public final class LocalStackExtension implements BeforeAllCallback, ExecutionCondition {

    private static final Namespace NAMESPACE = Namespace.create(LocalStackExtension.class);
    private static final Logger log = LoggerFactory.getLogger(LocalStackExtension.class);
    private static final ServerAvailability AVAILABILITY =
            new ServerAvailability(Servers.chosen(), LocalStackExtension::dockerAvailable, log::warn);

    private static @Nullable SharedStack shared;
    private static @Nullable RuntimeException startFailure;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return AVAILABILITY.condition();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedStack.class, key -> shared(), SharedStack.class);
    }

    /**
     * The shared stack, started now if no test class has started it yet.
     *
     * @throws TestAbortedException when the chosen servers need Docker and there is none: the caller's test is skipped
     *     (a test class marked {@link UsesLocalStack} is skipped before it gets here)
     */
    public static LocalStack stack() {
        if (!AVAILABILITY.canRun()) {
            throw new TestAbortedException(
                    ServerAvailability.NO_DOCKER + "; mark the test class @UsesLocalStack to skip it before it starts");
        }
        return shared().stack();
    }

    private static synchronized SharedStack shared() {
        if (startFailure != null) {
            // Every test class would otherwise wait for the same failing start again.
            throw new IllegalStateException("The local stack failed to start earlier in this JVM", startFailure);
        }
        if (shared == null || shared.isClosed()) {
            try {
                shared = SharedStack.start(AVAILABILITY.servers());
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /** Loads Testcontainers only here, when containers were chosen. */
    private static boolean dockerAvailable() {
        try {
            return ContainerStack.dockerAvailable();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    Servers.PROPERTY + "=containers needs Testcontainers on the test class path: run Maven with"
                            + " -Pcontainers",
                    e);
        }
    }
}
