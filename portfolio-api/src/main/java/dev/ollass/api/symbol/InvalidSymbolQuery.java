package dev.ollass.api.symbol;

import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A search parameter out of its range; the same problem type as a parameter of the wrong type, so
 * a client handles every bad parameter alike.
 */
public class InvalidSymbolQuery extends ProblemException {

    public InvalidSymbolQuery(String field, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail, field);
    }
}
