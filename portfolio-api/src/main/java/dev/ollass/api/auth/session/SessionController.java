package dev.ollass.api.auth.session;

import dev.ollass.api.auth.signin.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/v1")
class SessionController {

    private final Sessions sessions;

    SessionController(Sessions sessions) {
        this.sessions = sessions;
    }

    @Operation(
            summary = "Exchange a refresh token for a new access and refresh token",
            description = "Every refresh rotates: the presented refresh token stops working. Presenting a refresh"
                    + " token that was already used ends the whole session (401 refresh-token-reused).")
    @ApiResponse(responseCode = "200", description = "a new pair")
    @PostMapping("/refresh")
    TokenPair refresh(@RequestBody RefreshRequest request) {
        if (request.refreshToken() == null || request.refreshToken().isBlank()) {
            throw InvalidToken.invalid("no refresh_token");
        }
        return sessions.refresh(request.refreshToken());
    }

    @Operation(summary = "End this session", description = "Its access and refresh tokens stop working at once.")
    @ApiResponse(responseCode = "204", description = "the session is ended")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(Caller caller) {
        sessions.end(caller);
    }
}
