package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.SessionIssuer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test scope only: a {@link RecordingSessionIssuer} for the tests that start the whole API while no
 * real {@link SessionIssuer} is on the class path. An auto-configuration, so that it steps aside
 * (after the application's own beans are known) as soon as the real one exists.
 */
@AutoConfiguration
public class RecordingSessionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SessionIssuer.class)
    SessionIssuer recordingSessionIssuer() {
        return new RecordingSessionIssuer();
    }
}
