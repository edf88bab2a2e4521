package dev.ollass.load;

import java.util.ArrayList;
import java.util.List;

/** The table {@code ./ollass bench load} prints, and its verdict against issue 12's target (numbers in the default locale, which {@link LoadTest} sets to {@code ROOT}). */
final class LoadReport {

    /** Issue 12: the spec §11 mix at 2,500 requests/s (ten times the original's 250), p99 under 50 ms, no errors. */
    static final double TARGET_RATE = 2500;

    static final int TARGET_P99_MILLIS = 50;

    /** An open-model generator offers the rate whatever the answers; reaching this share of it counts as keeping up. */
    static final double KEPT_UP = 0.95;

    private LoadReport() {}

    static String table(LoadFigures.Phase mix, LoadFigures health) {
        StringBuilder out = new StringBuilder();
        out.append(row("Request (times in ms)", "requests", "errors", "req/s", "p50", "p95", "p99"));
        mix.requests().forEach(figures -> out.append(row(figures)));
        out.append(row(mix.all()));
        out.append(row(health));
        return out.toString();
    }

    /** Each of the mix's figures against the baseline's, e.g. "p99 12.0 ×"; a baseline under 1 ms is said so. */
    static String comparison(LoadFigures mix, LoadFigures health) {
        return "Mix / baseline: throughput %s, p50 %s, p95 %s, p99 %s"
                .formatted(
                        health.perSecond() > 0
                                ? "%.0f%%".formatted(100 * mix.perSecond() / health.perSecond())
                                : "n/a (no baseline requests)",
                        ratio(mix.p50(), health.p50()),
                        ratio(mix.p95(), health.p95()),
                        ratio(mix.p99(), health.p99()));
    }

    /**
     * How many of the requests offered in a phase (rate × seconds) were answered or failed before it was cut (its
     * time plus a request timeout): an API that falls behind leaves the rest waiting, uncounted.
     */
    static String answered(LoadOptions options, LoadFigures mix, LoadFigures health) {
        long offered = Math.round(options.rate() * options.seconds());
        return "Answered before the phase was cut (%d s + %d s): mix %,d, baseline %,d of the %,d requests offered each"
                .formatted(
                        options.seconds(), SpecMixSimulation.GRACE_SECONDS, mix.requests(), health.requests(), offered);
    }

    static List<String> errors(LoadFigures.Phase mix) {
        if (mix.all().errors() == 0) {
            return List.of("Errors: none");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Errors: %,d of %,d requests (%.1f%%), by message:"
                .formatted(
                        mix.all().errors(),
                        mix.all().requests(),
                        100.0 * mix.all().errors() / mix.all().requests()));
        mix.errors().stream()
                .limit(5)
                .forEach(error -> lines.add("  %,9d × %s".formatted(error.count(), error.message())));
        return lines;
    }

    /** PASS only when the target rate was offered and kept up with, with p99 under 50 ms and not one error. */
    static String verdict(double offered, LoadFigures mix) {
        List<String> misses = new ArrayList<>();
        if (offered < TARGET_RATE) {
            misses.add("offered %,.0f requests/s, under the target's %,.0f".formatted(offered, TARGET_RATE));
        }
        if (mix.perSecond() < KEPT_UP * offered) {
            misses.add("served %,.0f of the %,.0f requests/s offered".formatted(mix.perSecond(), offered));
        }
        if (mix.p99() >= TARGET_P99_MILLIS) {
            misses.add("p99 %d ms".formatted(mix.p99()));
        }
        if (mix.errors() > 0) {
            misses.add("%,d errors".formatted(mix.errors()));
        }
        String target = "Target (issue 12): the mix at %,.0f requests/s, p99 under %d ms, no errors: "
                .formatted(TARGET_RATE, TARGET_P99_MILLIS);
        return misses.isEmpty() ? target + "PASS" : target + "FAIL (" + String.join("; ", misses) + ")";
    }

    private static String ratio(int mix, int health) {
        return health > 0 ? "%.1f ×".formatted((double) mix / health) : "%d ms vs under 1 ms".formatted(mix);
    }

    private static String row(LoadFigures figures) {
        return row(
                figures.name(),
                "%,d".formatted(figures.requests()),
                "%,d".formatted(figures.errors()),
                "%,.1f".formatted(figures.perSecond()),
                Integer.toString(figures.p50()),
                Integer.toString(figures.p95()),
                Integer.toString(figures.p99()));
    }

    private static String row(
            String name, String requests, String errors, String rate, String p50, String p95, String p99) {
        return "%-44s %10s %8s %10s %5s %5s %5s%n".formatted(name, requests, errors, rate, p50, p95, p99);
    }
}
