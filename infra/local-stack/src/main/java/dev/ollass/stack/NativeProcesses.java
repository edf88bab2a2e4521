package dev.ollass.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the native servers this JVM started by the path of their executable, and stops them by PID.
 *
 * <p>The executables are unpacked under the stack's data directory, so the path tells one stack's processes from
 * another's. Redis rewrites its command line once running, so its arguments (and thus its port) cannot be used.
 */
final class NativeProcesses {

    private static final Logger log = LoggerFactory.getLogger(NativeProcesses.class);
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(15);

    private NativeProcesses() {}

    static Optional<ProcessHandle> startedFrom(Path executable) {
        var wanted = realPath(executable).toString();
        return descendants().stream()
                .filter(process -> executableOf(process).filter(wanted::equals).isPresent())
                .findFirst();
    }

    static List<ProcessHandle> startedUnder(Path directory) {
        var prefix = realPath(directory) + "/";
        return descendants().stream()
                .filter(process -> executableOf(process)
                        .filter(path -> path.startsWith(prefix))
                        .isPresent())
                .toList();
    }

    /** Asks the process to shut down cleanly and kills it only if it does not within the grace period. */
    static void stop(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        log.info(
                "Stopping leftover process {} ({})",
                process.pid(),
                executableOf(process).orElse("?"));
        process.destroy();
        if (!awaitExit(process, GRACE_PERIOD)) {
            log.warn("Process {} ignored SIGTERM for {}; killing it", process.pid(), GRACE_PERIOD);
            process.destroyForcibly();
            awaitExit(process, GRACE_PERIOD);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().toList();
    }

    /** The operating system reports executables with symbolic links resolved, e.g. macOS's /tmp. */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Optional<String> executableOf(ProcessHandle process) {
        // Linux reports an executable replaced on disk since the start as "<path> (deleted)".
        return process.info().command().map(command -> command.replace(" (deleted)", ""));
    }
}
