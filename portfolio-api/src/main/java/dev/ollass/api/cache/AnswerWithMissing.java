package dev.ollass.api.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A chart's answer as the charts keep it: its JSON body and the codes it lacked data for (the
 * {@code Ollass-Missing-Data} response header). Stored as the codes, comma separated, on a first line (codes hold no
 * comma and no line break), then the JSON as it is, so that an answer any instance stored reads back.
 *
 * @param missing codes, in the order the chart names them
 */
public record AnswerWithMissing(byte[] json, List<String> missing) {

    /** Kept by {@link KeptAnswers}: in Redis as {@link #bytes()}, in memory as it is (a warm read copies nothing). */
    public static final KeptAnswers.Form<AnswerWithMissing> KEPT =
            new KeptAnswers.Form<>(AnswerWithMissing::bytes, AnswerWithMissing::of, AnswerWithMissing::weight);

    public AnswerWithMissing {
        missing = List.copyOf(missing);
    }

    /** The codes, comma separated, as the response header names them; empty when nothing was missing. */
    public String missingCodes() {
        return String.join(",", missing);
    }

    /** The stored form: the codes' line, then the JSON. */
    public byte[] bytes() {
        byte[] head = (missingCodes() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] stored = Arrays.copyOf(head, head.length + json.length);
        System.arraycopy(json, 0, stored, head.length, json.length);
        return stored;
    }

    /** The answer {@link #bytes()} stored. */
    public static AnswerWithMissing of(byte[] stored) {
        int newline = 0;
        while (stored[newline] != '\n') {
            newline++;
        }
        String head = new String(stored, 0, newline, StandardCharsets.UTF_8);
        return new AnswerWithMissing(
                Arrays.copyOfRange(stored, newline + 1, stored.length),
                head.isEmpty() ? List.of() : List.of(head.split(",", -1)));
    }

    /** About the bytes it takes in memory. */
    private int weight() {
        return json.length + missingCodes().length() + 1;
    }
}
