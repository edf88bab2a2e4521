package dev.ollass.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./ollass run} when an earlier run still has a process going: it must say so before it builds anything. The
 * script runs from a folder of its own, without {@code mvnw}, so that a build it should not have begun fails at once.
 */
class OllassScriptTest {

    private static final Path SCRIPT =
            LauncherSettings.findRepoRoot(Path.of(".")).resolve("ollass");

    @TempDir
    Path dir;

    private Process leftover;

    @BeforeEach
    void leaveAServiceRunning() throws IOException {
        leftover = new ProcessBuilder("sleep", "120").start();
        Files.createDirectories(dir.resolve("data/pids"));
        Files.writeString(dir.resolve("data/pids/price-ingestor.pid"), Long.toString(leftover.pid()));
        Files.copy(SCRIPT, dir.resolve("ollass"));
    }

    @AfterEach
    void stopIt() {
        leftover.destroyForcibly();
    }

    @Test
    void runReportsWhatAnEarlierRunLeftRunningAndBuildsNothing() throws Exception {
        var run = run("run", "--data-dir=" + dir.resolve("data"));

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.output)
                .contains("pid " + leftover.pid() + ": price-ingestor")
                .contains("--kill-leftovers")
                .doesNotContain("Building");
        assertThat(leftover.isAlive()).isTrue();
    }

    @Test
    void killLeftoversStopsThemBeforeTheBuild() throws Exception {
        var run = run("run", "--data-dir=" + dir.resolve("data"), "--kill-leftovers");

        assertThat(run.output).containsSubsequence("pid " + leftover.pid() + ": price-ingestor", "Building");
        assertThat(leftover.isAlive()).isFalse();
    }

    @Test
    void benchNamesTheBenchmarksItKnowsAndBuildsNothingForAnUnknownOne() throws Exception {
        var run = run("bench", "everything");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.output).contains("./ollass bench ingest").doesNotContain("Building");
    }

    @Test
    void itsUsageListsTheBenchmarkBesideRunAndTest() throws Exception {
        var run = run();

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.output)
                .contains("./ollass run")
                .contains("./ollass test")
                .contains("./ollass bench ingest");
    }

    private record Run(int exitCode, String output) {}

    private Run run(String... arguments) throws Exception {
        var command = new ArrayList<String>();
        command.add(dir.resolve("ollass").toString());
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
