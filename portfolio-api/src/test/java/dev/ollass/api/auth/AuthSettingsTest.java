package dev.ollass.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {

    private static final AuthSettings.Jwt JWT =
            new AuthSettings.Jwt(null, "HS256", "ollass", "ollass-api", Duration.ofMinutes(15), Duration.ofDays(14));
    private static final AuthSettings.Local LOCAL = new AuthSettings.Local(true, 5, 20, Duration.ofMinutes(15));
    private static final AuthSettings.Demo DEMO = new AuthSettings.Demo(null, null);

    @Test
    void refusesEveryOriginOutsideTheLocalRun_S6() {
        assertThatThrownBy(() -> new AuthSettings(false, JWT, LOCAL, DEMO, List.of("https://app.example", "*")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only in the local run");
    }

    @Test
    void allowsEveryOriginInTheLocalRun() {
        assertThat(new AuthSettings(true, JWT, LOCAL, DEMO, List.of("*")).allowedOrigins())
                .containsExactly("*");
    }

    @Test
    void dropsBlankEntriesOfTheOriginList() {
        assertThat(new AuthSettings(false, JWT, LOCAL, DEMO, List.of(" https://app.example ", "")).allowedOrigins())
                .containsExactly("https://app.example");
    }
}
