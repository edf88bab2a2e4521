package dev.ollass.api.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.auth.session.Caller;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's consent to share their portfolio (spec §10): the only event there is, the original's id "1". */
@RestController
@RequestMapping("/api/event/v1")
class ConsentController {

    static final String PORTFOLIO_SHARE = "1";

    private final JdbcClient jdbc;

    ConsentController(@PortfolioDatabase JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SharingRequest(@Nullable Boolean sharing) {}

    record Done(@JsonProperty("status_code") int statusCode, String detail) {}

    @Operation(
            summary = "Consent (or not) to share the caller's portfolio",
            description = "Stored per user; GET /api/chart/v1/people-portfolio shows the portfolios of consenting"
                    + " users with a nickname, as percentages only, and no longer the caller's once withdrawn."
                    + " Only the caller's own consent can be set: the user comes from the token, never the body.")
    @PutMapping("/portfolio")
    Done portfolio(Caller caller, @RequestBody SharingRequest request) {
        if (request.sharing() == null) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-consent",
                    "Invalid consent",
                    "sharing은 true 또는 false입니다.",
                    "sharing");
        }
        int changed = jdbc.sql("""
                        INSERT INTO user_event_consent (user_id, event_id, consent)
                        SELECT id, ?, ? FROM `user` WHERE id = ?
                        ON DUPLICATE KEY UPDATE consent = VALUES(consent)
                        """)
                .params(PORTFOLIO_SHARE, request.sharing(), caller.userId())
                .update();
        if (changed == 0
                && jdbc.sql("SELECT COUNT(*) FROM `user` WHERE id = ?")
                                .param(caller.userId())
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "user-not-found", "User not found", "유저 정보가 없습니다.", "");
        }
        return new Done(200, "성공적으로 수정하였습니다.");
    }
}
