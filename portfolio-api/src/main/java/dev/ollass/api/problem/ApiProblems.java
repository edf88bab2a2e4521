package dev.ollass.api.problem;

import dev.ollass.api.market.InvalidDateRange;
import dev.ollass.api.market.MarketDataNotFound;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the API with its real HTTP status and an RFC 9457 body whose {@code type} is
 * stable, plus the original's members ({@code status_code}, {@code detail}, {@code field}) so that
 * its web client, which reads {@code status_code} from the body, keeps working.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://ollass.dev/problems/";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(MarketDataNotFound.class)
    ResponseEntity<Object> marketDataNotFound(MarketDataNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "market-data-not-found", "Market data not found", e.getMessage(), "code");
    }

    @ExceptionHandler(InvalidDateRange.class)
    ResponseEntity<Object> invalidDateRange(InvalidDateRange e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-date-range", "Invalid date range", e.getMessage(), "start");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side; it has been logged.",
                "");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field =
                e instanceof MethodArgumentTypeMismatchException m ? m.getName() : String.valueOf(e.getPropertyName());
        return problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "Invalid parameter",
                "'" + e.getValue() + "' is not a valid value for " + field + ".",
                field);
    }

    /** Spring's own errors (404 no route, 405, 415, ...) get the original's members too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail) {
            addOriginalMembers(detail, "");
            if (detail.getType() == null
                    || "about:blank".equals(detail.getType().toString())) {
                detail.setType(URI.create(TYPE_BASE + "http-" + status.value()));
            }
        }
        return response;
    }

    private static ResponseEntity<Object> problem(
            HttpStatus status, String type, String title, String detailText, String field) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, detailText);
        detail.setType(URI.create(TYPE_BASE + type));
        detail.setTitle(title);
        addOriginalMembers(detail, field);
        return ResponseEntity.status(status).body(detail);
    }

    private static void addOriginalMembers(ProblemDetail detail, String field) {
        detail.setProperty("status_code", detail.getStatus());
        detail.setProperty("field", field);
    }
}
