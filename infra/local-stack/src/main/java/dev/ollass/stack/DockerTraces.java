package dev.ollass.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Whether this machine shows any sign of a Docker engine where Testcontainers looks for one by default: {@code
 * DOCKER_HOST}, a {@code ~/.testcontainers.properties}, or a Docker socket (the system's, Docker Desktop's, rootless
 * Docker's, Colima's, Rancher Desktop's). Where there is none, asking Testcontainers would only log a page of failed
 * attempts; where there is one, its own check decides.
 */
final class DockerTraces {

    private DockerTraces() {}

    static boolean anyHere() {
        return any(
                System::getenv,
                Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", ""),
                Path.of("/var/run/docker.sock"));
    }

    static boolean any(Function<String, @Nullable String> environment, Path home, String osName, Path systemSocket) {
        if (osName.startsWith("Windows")) {
            // Named pipes, not files: let Testcontainers look.
            return true;
        }
        if (isSet(environment.apply("DOCKER_HOST"))
                || Files.isRegularFile(home.resolve(".testcontainers.properties"))) {
            return true;
        }
        var sockets = new ArrayList<>(List.of(
                systemSocket,
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock")));
        var runtimeDir = environment.apply("XDG_RUNTIME_DIR");
        if (isSet(runtimeDir)) {
            sockets.add(Path.of(runtimeDir, "docker.sock"));
            sockets.add(Path.of(runtimeDir, ".docker/run/docker.sock"));
        }
        return sockets.stream().anyMatch(Files::exists);
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
