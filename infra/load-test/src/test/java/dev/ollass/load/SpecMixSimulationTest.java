package dev.ollass.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gatling for real (about 2 s a phase) against a stand-in API on a free port: the asset endpoints answer 200 to a
 * load user's token, every chart endpoint 404 (as before the charts exist), {@code /health} 200.
 */
class SpecMixSimulationTest {

    private static HttpServer api;
    private static final Map<String, AtomicInteger> bearers = new ConcurrentHashMap<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void startTheStandInApi() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", SpecMixSimulationTest::answer);
        api.start();
        Path tokens = Files.writeString(work.resolve("tokens.txt"), "token-a\ntoken-b\n");
        LoadTest.configure(URI.create("http://127.0.0.1:" + api.getAddress().getPort()), 24, tokens);
    }

    @AfterAll
    static void stopIt() {
        api.stop(0);
    }

    @Test
    void issuesTheTwelveGetsOfTheSpecWithTheLoadUsersTokensInTurnAndCountsEveryNon2xxAsAnError() throws IOException {
        String run = LoadTest.run(work, "mix", 2);
        List<String> names =
                SpecMix.ENDPOINTS.stream().map(SpecMix::requestName).toList();

        LoadFigures.Phase mix = LoadFigures.read(work.resolve("mix"), run, names, "all");

        assertThat(mix.all().requests()).isEqualTo(48);
        assertThat(mix.all().errors()).isEqualTo(40);
        assertThat(mix.requests()).extracting(LoadFigures::requests).containsOnly(4L);
        assertThat(mix.requests().getFirst().errors()).isZero();
        assertThat(mix.requests().get(2).name()).isEqualTo("GET /api/chart/v1/asset-save-trend");
        assertThat(mix.requests().get(2).errors()).isEqualTo(4);
        assertThat(mix.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).contains("404");
            assertThat(error.count()).isEqualTo(40);
        });
        assertThat(bearers.get("Bearer token-a").get()).isEqualTo(24);
        assertThat(bearers.get("Bearer token-b").get()).isEqualTo(24);
    }

    @Test
    void measuresTheBaselineAtTheSameRate() throws IOException {
        String run = LoadTest.run(work, "health", 2);

        LoadFigures.Phase health = LoadFigures.read(work.resolve("health"), run, List.of("GET /health"), "all");

        assertThat(health.all().requests()).isEqualTo(48);
        assertThat(health.all().errors()).isZero();
        assertThat(health.all().perSecond()).isGreaterThan(0);
        assertThat(health.all().p99()).isGreaterThanOrEqualTo(health.all().p50());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        if (bearer != null) {
            bearers.computeIfAbsent(bearer, key -> new AtomicInteger()).incrementAndGet();
        }
        int status = path.equals("/health") || (path.startsWith("/api/asset/") && bearer != null) ? 200 : 404;
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
