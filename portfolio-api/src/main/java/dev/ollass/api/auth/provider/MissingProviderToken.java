package dev.ollass.api.auth.provider;

import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The request body lacks its token field, or it is blank. */
class MissingProviderToken extends ProblemException {

    MissingProviderToken(String field) {
        super(HttpStatus.BAD_REQUEST, "missing-token", "Missing token", field + " is required.", field);
    }
}
