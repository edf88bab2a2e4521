package dev.ollass.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded responses the ingestor's tests use ({@code price-ingestor/src/test/resources}, see
 * PROVENANCE.md there): every Yahoo chart response, every Naver polling answer, every sise_day page.
 */
record Fixtures(List<Response> yahooCharts, List<Response> naverPolling, List<Response> naverDailyPages) {

    /** One recorded response: its file name and its bytes as the source sent them. */
    record Response(String name, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The charset the page's HTTP answer declared, as its file name records it. */
        Charset declaredCharset() {
            return name.contains("euc-kr") ? Charset.forName("EUC-KR") : StandardCharsets.UTF_8;
        }
    }

    static Fixtures in(Path repoRoot) {
        Path resources = repoRoot.resolve("price-ingestor/src/test/resources");
        var fixtures = new Fixtures(
                read(resources.resolve("yahoo"), "chart-v8_", ".json"),
                read(resources.resolve("naver"), "polling-", ".json"),
                read(resources.resolve("naver"), "sise_day_", ".html"));
        if (fixtures.yahooCharts.isEmpty() || fixtures.naverPolling.isEmpty() || fixtures.naverDailyPages.isEmpty()) {
            throw new IllegalStateException("No recorded responses under " + resources.toAbsolutePath()
                    + ": run from the project's root, or pass --root=<it>");
        }
        return fixtures;
    }

    private static List<Response> read(Path dir, String prefix, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(suffix);
                    })
                    .sorted()
                    .map(file -> new Response(file.getFileName().toString(), bytes(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
