package dev.ollass.web;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Problem details as Ollass writes them: a stable {@code type} under {@link #TYPE_BASE}, plus the
 * original's members, because its web client reads {@code status_code} and {@code field} from the
 * body ({@code detail} is a standard member already).
 */
public final class Problems {

    public static final String TYPE_BASE = "https://ollass.dev/problems/";

    private Problems() {}

    /** A problem of its own type, e.g. {@code market-data-not-found}, about one request field. */
    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setProperty("field", field);
        return withOriginalMembers(problem);
    }

    /** A problem that says no more than its status: type {@code http-<status>}. */
    static ProblemDetail ofStatus(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withOriginalMembers(problem);
    }

    /**
     * Completes a problem Spring or a feature made: a stable type where it has none, and the
     * original's members without overwriting a field the problem names already.
     */
    static ProblemDetail withOriginalMembers(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_BASE + "http-" + problem.getStatus()));
        }
        problem.setProperty("status_code", problem.getStatus());
        @Nullable Map<String, @Nullable Object> properties = problem.getProperties();
        if (properties == null || !properties.containsKey("field")) {
            problem.setProperty("field", "");
        }
        return problem;
    }
}
