package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerTracesTest {

    @TempDir
    Path home;

    @TempDir
    Path system;

    @Test
    void aMachineWithoutAnySignOfDockerHasNone() {
        assertThat(DockerTraces.any(Map.<String, String>of()::get, home, "Linux", system.resolve("docker.sock")))
                .isFalse();
    }

    @Test
    void theSystemSocketIsASign() throws IOException {
        var socket = Files.createFile(system.resolve("docker.sock"));

        assertThat(DockerTraces.any(Map.<String, String>of()::get, home, "Linux", socket))
                .isTrue();
    }

    @Test
    void dockerHostIsASign() {
        assertThat(DockerTraces.any(
                        Map.of("DOCKER_HOST", "tcp://docker:2375")::get, home, "Linux", system.resolve("docker.sock")))
                .isTrue();
    }

    @Test
    void testcontainersOwnSettingsAreASign() throws IOException {
        Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=tcp://docker:2375\n");

        assertThat(DockerTraces.any(Map.<String, String>of()::get, home, "Linux", system.resolve("docker.sock")))
                .isTrue();
    }

    @Test
    void dockerDesktopsAndRootlessSocketsAreSigns() throws IOException {
        Files.createDirectories(home.resolve(".docker/run"));
        Files.createFile(home.resolve(".docker/run/docker.sock"));
        assertThat(DockerTraces.any(Map.<String, String>of()::get, home, "Mac OS X", system.resolve("docker.sock")))
                .isTrue();

        var runtimeDir = Files.createDirectories(system.resolve("run-user"));
        Files.createFile(runtimeDir.resolve("docker.sock"));
        assertThat(DockerTraces.any(
                        Map.of("XDG_RUNTIME_DIR", runtimeDir.toString())::get,
                        system.resolve("nobody"),
                        "Linux",
                        system.resolve("docker.sock")))
                .isTrue();
    }

    @Test
    void onWindowsTestcontainersLooksItself() {
        assertThat(DockerTraces.any(Map.<String, String>of()::get, home, "Windows 11", system.resolve("docker.sock")))
                .isTrue();
    }
}
