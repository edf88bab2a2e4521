package dev.ollass.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}), replacing Boot's default error JSON: what reaches it
 * failed outside Spring MVC's exception handling — a {@code sendError} from a filter or from Tomcat
 * itself, an exception thrown by a filter.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail problem;
        if (exception instanceof ErrorResponse response) {
            problem = Problems.withOriginalMembers(response.getBody());
        } else {
            HttpStatusCode status = HttpStatusCode.valueOf(statusOf(request));
            if (status.is5xxServerError()) {
                log.error(
                        "Error outside Spring MVC on {}",
                        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        exception instanceof Throwable t ? t : null);
            }
            problem = Problems.ofStatus(status, StatusDetails.of(status));
        }
        // Preset, so that an Accept header asking for HTML does not turn the problem into a 406.
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
