package dev.ollass.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for what it answers before any servlet runs (an encoded slash or a NUL
 * byte in the path, a URL or headers over the limit, a malformed request line) and for errors the
 * {@code /error} page could not render: a problem-details body instead of Tomcat's HTML.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private final JsonMapper mapper;

    ProblemErrorReportValve(JsonMapper mapper) {
        // The same shape as Spring MVC writes: the problem's properties are top-level members.
        this.mapper = mapper.rebuild()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        // Tomcat hands over its parse errors for a 400 too: only a server error is worth a log line.
        if (throwable != null && status >= 500) {
            log.error("Error outside the application on {}", request.getRequestURI(), throwable);
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        byte[] body = mapper.writeValueAsBytes(Problems.ofStatus(code, StatusDetails.of(code)));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for status {}", status, e);
        }
    }
}
