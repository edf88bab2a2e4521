package dev.ollass.api.auth.local;

import dev.ollass.api.auth.AuthSettings;
import dev.ollass.api.auth.signin.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and login with an e-mail and a password, so that an installation works without any provider app. */
@RestController
@RequestMapping("/api/auth/v1/local")
class LocalAccountController {

    private final LocalAccounts accounts;
    private final boolean enabled;

    LocalAccountController(LocalAccounts accounts, AuthSettings settings) {
        this.accounts = accounts;
        this.enabled = settings.local().enabled();
    }

    @Operation(
            summary = "Create a local account and sign in",
            description = "A password has 10 to 64 characters and is not a commonly used one. 409 when the e-mail"
                    + " has an account.")
    @ApiResponse(responseCode = "201", description = "signed in")
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    TokenPair signUp(@RequestBody Credentials credentials) {
        requireEnabled();
        return accounts.signUp(credentials);
    }

    @Operation(
            summary = "Sign in to a local account",
            description = "401 for an unknown e-mail and for a wrong password alike; repeated failures per account"
                    + " and per address are answered 429 with Retry-After.")
    @ApiResponse(responseCode = "200", description = "signed in")
    @PostMapping("/login")
    TokenPair logIn(@RequestBody Credentials credentials, HttpServletRequest request) {
        requireEnabled();
        return accounts.logIn(credentials, request.getRemoteAddr());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw LocalProblems.disabled();
        }
    }
}
