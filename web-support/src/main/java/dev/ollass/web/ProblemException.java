package dev.ollass.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * An error a feature raises with its own problem type, so that no central handler needs to know
 * every feature: {@code class MarketDataNotFound extends ProblemException}.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatusCode status, String type, String title, String detail, String field) {
        super(status, Problems.of(status, type, title, detail, field), null);
    }

    @Override
    public String getMessage() {
        String detail = getBody().getDetail();
        return detail != null ? detail : super.getMessage();
    }
}
