package dev.ollass.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the API needs to sign people in on this machine: the demo account ({@code OLLASS_DEMO_EMAIL},
 * {@code OLLASS_DEMO_PASSWORD}, with local defaults) and the session signing key. The key is
 * {@code OLLASS_JWT_SECRET} when set, else one generated once per data dir and kept there (readable by
 * its owner only), so a restart keeps sessions valid and {@code --wipe} ends them.
 *
 * @param demoEmail the demo account's e-mail
 * @param demoPassword the demo account's password
 * @param jwtSecret the key the API signs tokens with
 */
record LocalSignIn(String demoEmail, String demoPassword, String jwtSecret) {

    static final String DEFAULT_DEMO_EMAIL = "demo@ollass.local";
    static final String DEFAULT_DEMO_PASSWORD = "ollass-demo-2021";
    private static final int KEY_BYTES = 48;

    static LocalSignIn forDataDir(Path dataDir) {
        return forDataDir(dataDir, System::getenv);
    }

    static LocalSignIn forDataDir(Path dataDir, Function<String, @Nullable String> env) {
        String secret = env.apply("OLLASS_JWT_SECRET");
        return new LocalSignIn(
                valueOr(env.apply("OLLASS_DEMO_EMAIL"), DEFAULT_DEMO_EMAIL),
                valueOr(env.apply("OLLASS_DEMO_PASSWORD"), DEFAULT_DEMO_PASSWORD),
                secret != null && !secret.isBlank()
                        ? secret.strip()
                        : keptSecret(dataDir.resolve("secrets/jwt-secret")));
    }

    private static String keptSecret(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data dir's own permissions protect it.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session signing key in " + file, e);
        }
    }

    private static String valueOr(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
