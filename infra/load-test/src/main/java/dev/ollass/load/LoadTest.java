package dev.ollass.load;

import dev.ollass.machine.Machine;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./ollass bench load}: spec §11's load test against a running API (the local run of {@code ./ollass run},
 * which this command does not start). Signs in the load users ({@link LoadUsers}), then runs three Gatling phases
 * one after the other at the same offered rate, open model: an unmeasured warm-up of the mix and the baseline
 * together, the baseline ({@code GET /health}) alone, the mix alone ({@link SpecMixSimulation}); and prints
 * throughput, p50/p95/p99 per endpoint and overall, the errors, the mix against the baseline and the verdict.
 *
 * <p>Options: see {@link LoadOptions}; {@code --root=<dir>} is the repository ({@code ./ollass} passes it). Gatling's
 * run logs are kept under {@code infra/benchmarks/target/load-test}.
 */
public final class LoadTest {

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT); // 2,500.0 whatever the machine's locale
        LoadOptions options;
        try {
            options = LoadOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: ./ollass bench load [--rate=<requests/s>] [--seconds=<n>] [--users=<n>]"
                    + " [--warmup=<s>] [--base-url=<url>]");
            System.exit(2);
            return;
        }
        Path work = root(args).resolve("infra/benchmarks/target/load-test");
        LoadUsers users;
        try {
            users = new LoadUsers(options.baseUrl(), LoadUsers.password(options.baseUrl(), System.getenv()));
            users.requireRunning();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Files.createDirectories(work);
        Path tokens = work.resolve("tokens.txt");
        Files.write(tokens, users.signIn(options.users()));

        List<String> out = new ArrayList<>();
        out.add("Ollass load test, spec §11 mix, " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        out.add(
                "API %s; %d load users signed in; offered %,.0f requests/s, open model (%,.1f users/s, 12 GETs each, for the mix and the baseline),"
                                .formatted(
                                        options.baseUrl(), options.users(), options.rate(), options.mixUsersPerSecond())
                        + " %d s per phase after %d s of warm-up"
                                .formatted(options.seconds(), options.warmupSeconds()));
        out.add("Load generator: Gatling (Java DSL) in this JVM: " + Machine.describe());
        out.add("Load average before: " + Machine.loadAverage());
        List<String> busiest = Machine.busiestOtherProcesses(Duration.ofSeconds(2), 5);
        out.add("Busiest other processes (CPU over 2 s) before: "
                + (busiest.isEmpty() ? "none above 5%" : String.join(", ", busiest)));

        configure(options.baseUrl(), options.rate(), tokens);
        if (options.warmupSeconds() > 0) {
            run(work, "warmup", options.warmupSeconds());
        }
        String healthName = SpecMix.requestName(SpecMix.HEALTH);
        LoadFigures.Phase health = LoadFigures.read(
                work.resolve("health"), run(work, "health", options.seconds()), List.of(healthName), healthName);
        List<String> names =
                SpecMix.ENDPOINTS.stream().map(SpecMix::requestName).toList();
        LoadFigures.Phase mix = LoadFigures.read(
                work.resolve("mix"), run(work, "mix", options.seconds()), names, "Spec §11 mix, all 12 GETs");
        LoadFigures baseline = health.requests().getFirst();
        baseline = new LoadFigures(
                healthName + " (baseline, same rate)",
                baseline.requests(),
                baseline.errors(),
                baseline.perSecond(),
                baseline.p50(),
                baseline.p95(),
                baseline.p99());

        out.add("");
        out.add(LoadReport.table(mix, baseline).stripTrailing());
        out.add("");
        out.add(LoadReport.comparison(mix.all(), baseline));
        out.add(LoadReport.answered(options, mix.all(), baseline));
        out.addAll(LoadReport.errors(mix));
        if (baseline.errors() > 0) {
            out.add("Baseline errors: %,d (the API itself did not keep up)".formatted(baseline.errors()));
        }
        out.add(LoadReport.verdict(options.rate(), mix.all()));
        out.add("Times are Gatling's, client side, in whole milliseconds; req/s = requests over the phase's duration.");
        out.add("Load average after: " + Machine.loadAverage());
        System.out.println();
        out.forEach(System.out::println);
        System.exit(0);
    }

    /** What every phase's {@link SpecMixSimulation} reads. */
    static void configure(java.net.URI baseUrl, double rate, Path tokens) {
        System.setProperty(SpecMixSimulation.BASE_URL, baseUrl.toString());
        System.setProperty(SpecMixSimulation.RATE, Double.toString(rate));
        System.setProperty(SpecMixSimulation.TOKENS, tokens.toString());
    }

    /** Runs one phase in this JVM and answers the directory of its run under {@code work/phase}. */
    static String run(Path work, String phase, int seconds) throws IOException {
        Path results = work.resolve(phase);
        delete(results);
        Files.createDirectories(results);
        System.setProperty(SpecMixSimulation.PHASE, phase);
        System.setProperty(SpecMixSimulation.SECONDS, Integer.toString(seconds));
        System.out.printf("%n== Phase %s: %d s ==%n", phase, seconds);
        int status = Gatling$.MODULE$.fromArgs(new String[] {
            "-s",
            SpecMixSimulation.class.getName(),
            "-rf",
            results.toAbsolutePath().toString(),
            "-nr",
            "-rd",
            phase
        });
        if (status != 0) {
            throw new IllegalStateException("Gatling's " + phase + " phase ended with status " + status);
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .map(run -> run.getFileName().toString())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Gatling left no run in " + results));
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Path root(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--root=")) {
                return Path.of(arg.substring("--root=".length()));
            }
        }
        return Path.of(".");
    }
}
