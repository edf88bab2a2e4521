package dev.ollass.ingestor.naver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded Naver responses of {@code src/test/resources/naver} (PROVENANCE.md there). */
final class NaverFixtures {

    private NaverFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = NaverFixtures.class.getResourceAsStream("/naver/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
