package dev.ollass.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs one of {@link ParserBenchmarks} with JMH and turns its passes/s into records/s. */
final class ParserThroughput {

    /** How JMH runs each parser: one forked JVM, warm-up iterations first, then the measured ones. */
    record Plan(int warmupIterations, int measurementIterations, int secondsPerIteration) {

        @Override
        public String toString() {
            return "JMH, 1 fork, " + warmupIterations + " warm-up + " + measurementIterations
                    + " measured iterations of " + secondsPerIteration + " s";
        }
    }

    private ParserThroughput() {}

    /**
     * @param benchmark a method of {@link ParserBenchmarks}
     * @param recordsPerPass what one pass yields, counted by the same {@link ParserWorkloads} method
     */
    static Spread recordsPerSecond(String benchmark, int recordsPerPass, Path root, Plan plan) {
        Options options = new OptionsBuilder()
                .include(ParserBenchmarks.class.getName() + "\\." + benchmark + "$")
                .forks(1)
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.seconds(plan.secondsPerIteration()))
                .measurementIterations(plan.measurementIterations())
                .measurementTime(TimeValue.seconds(plan.secondsPerIteration()))
                .timeUnit(TimeUnit.SECONDS)
                .jvmArgsAppend("-D" + ParserBenchmarks.ROOT_PROPERTY + "=" + root.toAbsolutePath())
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH could not run " + benchmark, e);
        }
        double[] passesPerSecond = results.stream()
                .flatMap(run -> run.getBenchmarkResults().stream())
                .flatMap(result -> result.getIterationResults().stream())
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore())
                .toArray();
        return Spread.of(passesPerSecond).map(passes -> passes * recordsPerPass);
    }
}
