package dev.ollass.stack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The servers started so far, stopped newest first, so a failed start can undo exactly what it did. */
final class StartedServers {

    private static final Logger log = LoggerFactory.getLogger(StartedServers.class);

    private final Deque<RunningServer> started = new ArrayDeque<>();
    private boolean closed;

    <S extends RunningServer> S start(String name, int port, Supplier<S> start) {
        S server;
        try {
            server = start.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start " + name + " on port " + port + ": " + e.getMessage(), e);
        }
        add(server);
        return server;
    }

    synchronized void add(RunningServer server) {
        if (!started.contains(server)) {
            started.push(server);
        }
    }

    /** Forgets a server that was stopped on its own. */
    synchronized void remove(RunningServer server) {
        started.remove(server);
    }

    /**
     * Stops every server, then any process still running from an executable under the data directory: a start
     * that failed half-way may have spawned one that no server object knows about.
     */
    synchronized void closeAll(Path dataDir) {
        if (closed) {
            return;
        }
        closed = true;
        long stoppingAt = System.nanoTime();
        while (!started.isEmpty()) {
            var server = started.pop();
            try {
                server.close();
            } catch (RuntimeException e) {
                log.warn("Could not stop {} cleanly", server.getClass().getSimpleName(), e);
            }
        }
        NativeProcesses.startedUnder(dataDir).forEach(ChildProcess::stop);
        log.info("Local stack stopped in {} ms", (System.nanoTime() - stoppingAt) / 1_000_000);
    }
}
