package dev.ollass.stack;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** Starts a slow server on its own thread while the caller starts the others. */
final class BackgroundStart<S extends RunningServer> {

    private final FutureTask<S> task;

    private BackgroundStart(FutureTask<S> task) {
        this.task = task;
    }

    static <S extends RunningServer> BackgroundStart<S> of(String name, Supplier<S> start) {
        var task = new FutureTask<>(start::get);
        Thread.ofPlatform().name("local-stack-" + name).daemon(true).start(task);
        return new BackgroundStart<>(task);
    }

    S await() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start", e);
        }
    }

    /**
     * Waits for the start to end, even when interrupted (the server could not be stopped otherwise), and gives the
     * server if it started.
     */
    Optional<S> awaitQuietly() {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    return Optional.of(task.get());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return Optional.empty();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
