package dev.ollass.bench;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the three parsers, one operation being one pass over all recorded responses of
 * the source. Run by {@link ParserThroughput} in forked JVMs, which find the responses through
 * {@value #ROOT_PROPERTY}. The count each returns goes to JMH's blackhole, so no parse is dead code.
 */
@State(Scope.Benchmark)
public class ParserBenchmarks {

    static final String ROOT_PROPERTY = "ollass.bench.root";

    private List<Fixtures.Response> polling = List.of();
    private List<Fixtures.Response> dailyPages = List.of();
    private List<String> yahooBodies = List.of();
    private List<String> pollingBodies = List.of();

    @Setup
    public void readRecordedResponses() {
        Fixtures fixtures = Fixtures.in(Path.of(System.getProperty(ROOT_PROPERTY, ".")));
        // Decoded once here: the services receive text from their HTTP client, except sise_day (bytes, its own
        // charset).
        yahooBodies =
                fixtures.yahooCharts().stream().map(Fixtures.Response::text).toList();
        polling = fixtures.naverPolling();
        pollingBodies = polling.stream().map(Fixtures.Response::text).toList();
        dailyPages = fixtures.naverDailyPages();
    }

    @Benchmark
    public int yahooChart() {
        return ParserWorkloads.yahooCharts(yahooBodies);
    }

    @Benchmark
    public int naverPolling() {
        return ParserWorkloads.naverPolling(polling, pollingBodies);
    }

    @Benchmark
    public int naverSiseDay() {
        return ParserWorkloads.naverDailyPages(dailyPages);
    }
}
