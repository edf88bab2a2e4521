package dev.ollass.api.auth.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.ollass.api.auth.AuthSettings;
import dev.ollass.web.ProblemException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LocalAccountControllerTest {

    @Test
    void answers404ProblemsWhenLocalAccountsAreSwitchedOff() {
        LocalAccounts accounts = mock(LocalAccounts.class);
        var settings = new AuthSettings(
                false,
                new AuthSettings.Jwt(null, "HS256", "ollass", "ollass-api", Duration.ofMinutes(15), Duration.ofDays(1)),
                new AuthSettings.Local(false, 5, 20, Duration.ofMinutes(15)),
                new AuthSettings.Demo(null, null),
                List.of());
        var controller = new LocalAccountController(accounts, settings);
        var credentials = new Credentials("kim@example.com", "correct horse battery staple");

        assertThatThrownBy(() -> controller.signUp(credentials))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> org.assertj.core.api.Assertions.assertThat(
                                        problem.getBody().getType().toString())
                                .endsWith("/local-accounts-disabled"))
                .hasFieldOrPropertyWithValue("statusCode", org.springframework.http.HttpStatus.NOT_FOUND);
        assertThatThrownBy(() -> controller.logIn(credentials, new MockHttpServletRequest()))
                .isInstanceOf(ProblemException.class);
        verifyNoInteractions(accounts);
    }
}
