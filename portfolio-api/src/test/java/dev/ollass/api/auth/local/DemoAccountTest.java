package dev.ollass.api.auth.local;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ollass.api.auth.AuthSettings;
import dev.ollass.api.auth.user.UserRow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;

class DemoAccountTest {

    private final LocalAccounts accounts = mock(LocalAccounts.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    private static AuthSettings settings(boolean localRun) {
        return new AuthSettings(
                localRun,
                new AuthSettings.Jwt(null, "HS256", "ollass", "ollass-api", Duration.ofMinutes(15), Duration.ofDays(1)),
                new AuthSettings.Local(true, 5, 20, Duration.ofMinutes(15)),
                new AuthSettings.Demo("demo@ollass.local", "ollass-demo-2021"),
                List.of());
    }

    @Test
    void createsTheDemoAccountInTheLocalRunAndSaysSo() {
        when(accounts.create(any())).thenReturn(new UserRow(7, "local", "s", null, "demo@ollass.local"));

        new DemoAccount(accounts, settings(true), events).run(new DefaultApplicationArguments());

        verify(accounts).create(new Credentials("demo@ollass.local", "ollass-demo-2021"));
        verify(events).publishEvent(new DemoAccountCreated(7));
    }

    @Test
    void neverCreatesItOutsideTheLocalRunEvenWhenConfigured() {
        new DemoAccount(accounts, settings(false), events).run(new DefaultApplicationArguments());

        verify(accounts, never()).create(any());
    }

    @Test
    void leavesAnExistingDemoAccountAlone() {
        when(accounts.exists("demo@ollass.local")).thenReturn(true);

        new DemoAccount(accounts, settings(true), events).run(new DefaultApplicationArguments());

        verify(accounts, never()).create(any());
        verify(events, never()).publishEvent(any(Object.class));
    }
}
