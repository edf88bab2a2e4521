package dev.ollass.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of {@code ./ollass bench load}, run by Gatling (which instantiates it, so its parameters come as
 * system properties that {@link LoadTest} sets): open model, virtual users arriving at a constant rate.
 *
 * <ul>
 *   <li>{@code mix}: users arrive at rate / 12 per second, each signed in as one of the load users (in turn) and
 *       issuing the 12 GETs of spec §11 one after the other, so the requests arrive at the rate;
 *   <li>{@code health}: the baseline, the same sessions (rate / 12 users per second, 12 GETs each, one after the
 *       other) of {@code GET /health};
 *   <li>{@code warmup}: both at once, recorded under other names and never reported.
 * </ul>
 *
 * Each virtual user has its own connection, kept alive over its 12 GETs, as a browser's session (connections shared
 * between users would measure a proxy in front, not users); responses are accepted gzipped, as browsers do. A
 * request answered with anything but 2xx (a 404 of an endpoint not there yet, a 401, a 500) or not at all within
 * 60 s is an error.
 */
public final class SpecMixSimulation extends Simulation {

    static final String PHASE = "ollass.load.phase";
    static final String BASE_URL = "ollass.load.base-url";
    static final String RATE = "ollass.load.rate";
    static final String SECONDS = "ollass.load.seconds";
    static final String TOKENS = "ollass.load.tokens";
    static final String WARMUP_PREFIX = "warm-up ";
    static final int GRACE_SECONDS = 60;

    public SpecMixSimulation() {
        String phase = System.getProperty(PHASE, "mix");
        double rate = Double.parseDouble(System.getProperty(RATE));
        int seconds = Integer.parseInt(System.getProperty(SECONDS));
        HttpProtocolBuilder protocol = http.baseUrl(System.getProperty(BASE_URL))
                .acceptHeader("application/json")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("ollass-bench-load");
        List<PopulationBuilder> populations = new ArrayList<>();
        if (!phase.equals("health")) {
            populations.add(mix(phase.equals("warmup") ? WARMUP_PREFIX : "", tokens())
                    .injectOpen(
                            constantUsersPerSec(rate / SpecMix.ENDPOINTS.size()).during(seconds)));
        }
        if (!phase.equals("mix")) {
            populations.add(health(phase.equals("warmup") ? WARMUP_PREFIX : "")
                    .injectOpen(
                            constantUsersPerSec(rate / SpecMix.ENDPOINTS.size()).during(seconds)));
        }
        // An open model offers load whatever the answers: a backlog could keep a phase going for many minutes (12
        // requests a user, each allowed 60 s). The phase is cut after its time plus one request timeout (10 s for
        // the warm-up); requests still waiting then are not counted, which the report's "answered of offered" shows.
        setUp(populations)
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(seconds + (phase.equals("warmup") ? 10 : GRACE_SECONDS)));
    }

    private static ScenarioBuilder mix(String prefix, List<String> tokens) {
        AtomicLong next = new AtomicLong();
        Iterator<Map<String, Object>> signedIn = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("token", tokens.get((int) (next.getAndIncrement() % tokens.size())));
            }
        };
        ChainBuilder chain = exec(session -> session);
        for (String path : SpecMix.ENDPOINTS) {
            chain = chain.exec(http(prefix + SpecMix.requestName(path))
                    .get(path)
                    .header("Authorization", "Bearer #{token}")
                    .check(status().in(200, 201, 202, 203, 204, 206)));
        }
        return scenario(prefix + "spec §11 mix").feed(signedIn).exec(chain);
    }

    private static ScenarioBuilder health(String prefix) {
        ChainBuilder chain = exec(session -> session);
        for (int request = 0; request < SpecMix.ENDPOINTS.size(); request++) {
            chain = chain.exec(http(prefix + SpecMix.requestName(SpecMix.HEALTH))
                    .get(SpecMix.HEALTH)
                    .check(status().is(200)));
        }
        return scenario(prefix + "health").exec(chain);
    }

    private static List<String> tokens() {
        try {
            return Files.readAllLines(Path.of(System.getProperty(TOKENS))).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
