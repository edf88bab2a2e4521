package dev.ollass.api.auth.local;

import dev.ollass.web.ProblemException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The refusals of local sign-up and login. */
final class LocalProblems {

    private LocalProblems() {}

    static ProblemException disabled() {
        return new ProblemException(
                HttpStatus.NOT_FOUND,
                "local-accounts-disabled",
                "Local accounts are disabled",
                "This installation signs people in through Google, Kakao or Naver only.",
                "");
    }

    static ProblemException invalidEmail() {
        return new ProblemException(
                HttpStatus.BAD_REQUEST, "invalid-email", "Invalid e-mail", "This is not an e-mail address.", "email");
    }

    static ProblemException weakPassword(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "weak-password", "Weak password", detail, "password");
    }

    static ProblemException emailTaken() {
        return new ProblemException(
                HttpStatus.CONFLICT,
                "email-already-registered",
                "E-mail already registered",
                "A local account with this e-mail exists; log in instead.",
                "email");
    }

    /** The same for an unknown e-mail and a wrong password, so that nobody learns who has an account. */
    static ProblemException wrongCredentials() {
        var problem = new ProblemException(
                HttpStatus.UNAUTHORIZED,
                "invalid-credentials",
                "Invalid credentials",
                "The e-mail or the password is wrong.",
                "");
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ollass\"");
        return problem;
    }

    static ProblemException tooManyFailures(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        var problem = new ProblemException(
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-failed-logins",
                "Too many failed logins",
                "Too many failed logins for this account or from this address; try again in " + seconds + " s.",
                "");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }
}
