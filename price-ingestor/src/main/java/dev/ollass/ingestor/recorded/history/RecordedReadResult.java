package dev.ollass.ingestor.recorded.history;

import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.util.List;

/**
 * What one recorded file yielded.
 *
 * @param events the ticks or corporate actions to publish
 * @param rejections the rows (or the whole file) that cannot be used, each with its reason
 * @param withheld usable rows dated after the last date to publish (the market's "today"): not
 *     published, since the market has not reached them yet
 */
public record RecordedReadResult<T>(List<T> events, List<Rejection> rejections, int withheld) {

    public RecordedReadResult {
        events = List.copyOf(events);
        rejections = List.copyOf(rejections);
    }

    static <T> RecordedReadResult<T> rejected(Rejection rejection) {
        return new RecordedReadResult<>(List.of(), List.of(rejection), 0);
    }
}
