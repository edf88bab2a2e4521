package dev.ollass.api.auth.profile;

import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The original's soft errors of the user endpoints, now with their real status. */
final class ProfileProblems {

    private ProfileProblems() {}

    static ProblemException invalidNickname(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-nickname", "Invalid nickname", detail, "nickname");
    }

    static ProblemException nicknameTaken(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "nickname-taken", "Nickname taken", detail, "nickname");
    }

    static ProblemException userNotFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "user-not-found", "User not found", "유저 정보가 없습니다.", "");
    }

    static ProblemException reasonTooLong(int max) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "invalid-quit-reason",
                "Invalid quit reason",
                "A quit reason has at most " + max + " characters.",
                "reason");
    }
}
