package dev.ollass.api.chart.personal.calc;

import java.util.List;

/**
 * A chart's body and the symbols it lacks data for (in {@code missing_data} of an object body, in the response
 * header {@code Ollass-Missing-Data} of any body).
 */
public record Charted<T>(T body, List<String> missing) {

    public Charted {
        missing = List.copyOf(missing);
    }
}
