package dev.ollass.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the native servers this JVM started by the path of their executable: the libraries that start them do not
 * say their PID.
 *
 * <p>The executables are unpacked under the stack's data directory, so the path tells one stack's processes from
 * another's. Redis rewrites its command line once running, so its arguments (and thus its port) cannot be used.
 */
final class NativeProcesses {

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
