package dev.ollass.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One file per process the launcher started ({@code <name>.pid}), removed on a clean stop. {@code ./ollass run} reads
 * them before it builds anything: a file whose process still runs is a leftover of a run that did not stop cleanly.
 */
final class PidFiles {

    private final Path dir;

    PidFiles(Path dir) {
        this.dir = dir;
    }

    void write(String name, long pid) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PID file of " + name, e);
        }
    }

    void clear() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
