package dev.ollass.stack;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process this JVM started and must not outlive (a native server, a service's JVM), stopped the one way this
 * project stops processes: SIGTERM, then SIGKILL when it has not exited within {@link #GRACE_PERIOD}.
 *
 * <p>Until it is stopped, the {@link Watchdog} stops it too when this JVM ends without doing so, e.g. killed with
 * SIGKILL, when no shutdown hook runs.
 */
public final class ChildProcess {

    /** Long enough for MariaDB, Redis and a Spring Boot service to shut down cleanly on a busy two-core machine. */
    public static final Duration GRACE_PERIOD = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final ProcessHandle process;

    private ChildProcess(String name, ProcessHandle process) {
        this.name = name;
        this.process = process;
    }

    /** Starts watching {@code process}, so that it ends with this JVM at the latest. */
    public static ChildProcess watched(String name, ProcessHandle process) {
        Watchdog.watch(process.pid());
        return new ChildProcess(name, process);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the process (see {@link #stop(ProcessHandle)}) and the watching; calling it again does nothing. */
    public void stop() {
        stop(process);
        Watchdog.release(process.pid());
    }

    /**
     * Asks {@code process} to shut down (SIGTERM, which MariaDB, Redis and the JVM's shutdown hooks handle cleanly)
     * and kills it (SIGKILL) only when it is still running after {@link #GRACE_PERIOD}. Returns once it has exited.
     */
    public static void stop(ProcessHandle process) {
        // The handle, unlike a bare PID, cannot hit an unrelated process that reused the number.
        if (!process.destroy() && !process.isAlive()) {
            return;
        }
        if (!exited(process, GRACE_PERIOD)) {
            log.warn("Process {} ignored SIGTERM for {}; killing it", process.pid(), GRACE_PERIOD);
            process.destroyForcibly();
            exited(process, GRACE_PERIOD);
        }
    }

    private static boolean exited(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            // Not waiting any longer means killing it now: a stop must not leave the process behind.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
