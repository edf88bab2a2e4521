package dev.ollass.stack.junit;

import dev.ollass.stack.ContainerStack;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.LocalStackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

/** A test JVM's stack with its temporary directory, both removed on close. */
final class SharedStack implements AutoCloseable {

    private final LocalStack stack;
    private final Path dataDir;
    private boolean closed;

    private SharedStack(LocalStack stack, Path dataDir) {
        this.stack = stack;
        this.dataDir = dataDir;
    }

    static SharedStack start(Servers servers) {
        var dataDir = createTempDirectory();
        LocalStack stack;
        try {
            stack = servers == Servers.CONTAINERS
                    ? ContainerStack.start(dataDir)
                    : LocalStack.start(LocalStackSettings.withFreePorts(dataDir));
        } catch (RuntimeException e) {
            deleteRecursively(dataDir);
            throw e;
        }
        var shared = new SharedStack(stack, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-stack-shutdown"));
        return shared;
    }

    LocalStack stack() {
        return stack;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stack.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("ollass-local-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the local stack", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            PathUtils.deleteDirectory(directory);
        } catch (IOException e) {
            // Only temporary files are left behind; the operating system cleans its temporary directory.
        }
    }
}
