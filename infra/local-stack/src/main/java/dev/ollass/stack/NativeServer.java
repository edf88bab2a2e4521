package dev.ollass.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server running as a native child process (MariaDB, Redis): asked to stop through its library,
 * then stopped by its process handle in any case, so that it never outlives the stack.
 */
abstract class NativeServer implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(NativeServer.class);

    private final String name;
    private final ProcessHandle process;
    private boolean stopped;

    NativeServer(String name, ProcessHandle process) {
        this.name = name;
        this.process = process;
    }

    long pid() {
        return process.pid();
    }

    /** The library's own, graceful stop. */
    abstract void stopGracefully() throws Exception;

    @Override
    public final synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            stopGracefully();
        } catch (Exception e) {
            log.warn("{} did not stop cleanly; stopping it by PID {}", name, process.pid(), e);
        }
        // The handle, unlike a bare PID, cannot hit an unrelated process that reused the number.
        NativeProcesses.stop(process);
    }
}
