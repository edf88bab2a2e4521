package dev.ollass.load;

import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration$;
import io.gatling.core.stats.ErrorStats;
import java.nio.file.Path;
import java.util.List;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What one measured phase gave, per request name and over all of them: read back from the simulation.log Gatling
 * wrote for it (Gatling's own statistics, whose times are whole milliseconds).
 *
 * @param name the request name, e.g. {@code GET /health}, or what the whole phase is called
 * @param requests requests answered (or failed) in the phase
 * @param errors of those, the ones that were not a 2xx in time
 * @param perSecond requests over the phase's duration, from its first request to its last answer
 */
record LoadFigures(String name, long requests, long errors, double perSecond, int p50, int p95, int p99) {

    /** An error message as Gatling words it (e.g. "status.find.in(...), but actually found 404"), how often. */
    record Error(String message, int count) {}

    /** A phase read back: each request name in the order asked for, the whole phase, its errors. */
    record Phase(List<LoadFigures> requests, LoadFigures all, List<Error> errors) {}

    static Phase read(Path resultsFolder, String runDirectory, List<String> requestNames, String allName) {
        LogFileData data = LogFileReader.apply(runDirectory, resultsFolder, GatlingConfiguration$.MODULE$.load())
                .read();
        List<LoadFigures> requests = requestNames.stream()
                .map(name -> figures(data, name, Option.apply(name)))
                .toList();
        List<Error> errors = CollectionConverters.asJava(data.errors(Option.empty(), Option.empty())).stream()
                .map((ErrorStats error) -> new Error(error.message(), error.count()))
                .toList();
        return new Phase(requests, figures(data, allName, Option.empty()), errors);
    }

    private static LoadFigures figures(LogFileData data, String name, Option<String> request) {
        Option<Group> anyGroup = Option.empty();
        Option<Status> anyStatus = Option.empty();
        Option<GeneralStats> all = data.requestGeneralStats(request, anyGroup, anyStatus);
        if (all.isEmpty()) {
            return new LoadFigures(name, 0, 0, 0, 0, 0, 0);
        }
        Option<GeneralStats> failed = data.requestGeneralStats(request, anyGroup, Option.apply(KO$.MODULE$));
        GeneralStats stats = all.get();
        return new LoadFigures(
                name,
                stats.count(),
                failed.isEmpty() ? 0 : failed.get().count(),
                stats.meanRequestsPerSec(),
                percentile(stats, 50),
                percentile(stats, 95),
                percentile(stats, 99));
    }

    private static int percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).intValue();
    }
}
