package dev.ollass.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSignInTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesAKeyOncePerDataDirAndKeepsItForTheNextRun() {
        LocalSignIn first = LocalSignIn.forDataDir(dataDir, Map.<String, String>of()::get);
        LocalSignIn restart = LocalSignIn.forDataDir(dataDir, Map.<String, String>of()::get);

        assertThat(first.jwtSecret().getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(restart.jwtSecret()).isEqualTo(first.jwtSecret());
        assertThat(Files.isRegularFile(dataDir.resolve("secrets/jwt-secret"))).isTrue();
    }

    @Test
    void anotherDataDirGetsAnotherKey(@TempDir Path otherDataDir) {
        assertThat(LocalSignIn.forDataDir(otherDataDir, Map.<String, String>of()::get)
                        .jwtSecret())
                .isNotEqualTo(LocalSignIn.forDataDir(dataDir, Map.<String, String>of()::get)
                        .jwtSecret());
    }

    @Test
    void takesTheEnvironmentsKeyAndDemoAccountWhenSet() {
        var env = Map.of(
                "OLLASS_JWT_SECRET", "an-operator-chosen-secret-of-32-bytes-at-least",
                "OLLASS_DEMO_EMAIL", "me@example.com",
                "OLLASS_DEMO_PASSWORD", "my own demo password");

        LocalSignIn signIn = LocalSignIn.forDataDir(dataDir, env::get);

        assertThat(signIn)
                .isEqualTo(new LocalSignIn(
                        "me@example.com", "my own demo password", "an-operator-chosen-secret-of-32-bytes-at-least"));
        assertThat(Files.exists(dataDir.resolve("secrets/jwt-secret"))).isFalse();
    }

    @Test
    void hasLocalDefaultsForTheDemoAccount() {
        LocalSignIn signIn = LocalSignIn.forDataDir(dataDir, Map.<String, String>of()::get);

        assertThat(signIn.demoEmail()).isEqualTo("demo@ollass.local");
        assertThat(signIn.demoPassword()).isEqualTo("ollass-demo-2021");
    }
}
