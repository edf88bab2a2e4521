package dev.ollass.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One file per process the launcher started ({@code <name>.pid}), removed on a clean stop. A file
 * whose process still runs at the next start is a leftover of a run that was killed.
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

    /** Processes recorded by an earlier run that are still alive. */
    List<Leftover> leftovers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Leftover> alive = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                readPid(file)
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .ifPresent(handle -> alive.add(new Leftover(name, handle)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alive;
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

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A process an earlier run started and did not stop. */
    record Leftover(String name, ProcessHandle process) {

        String describe() {
            String command = process.info().command().orElse("?");
            return name + " (pid " + process.pid() + ", " + command + ")";
        }
    }
}
